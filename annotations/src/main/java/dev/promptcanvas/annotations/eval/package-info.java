/**
 * Evaluation metrics; first of all HumanRef's, computed exactly as RexSeek's
 * {@code metric/recall_precision_densityf1.py} (IDEA-Research/RexSeek) computes them.
 *
 * <p>Every rule below names the function of that script it reproduces. Where the script crashes on some input
 * (an exception instead of numbers), we stop with a {@code FormatException} naming file, line and field, except
 * where a rule says we extend it; wherever the script produces numbers, ours are the same to the last bit.
 *
 * <h2>Input ({@code recall_precision_densityf1}, {@code evaluate_dataset})</h2>
 * <ul>
 *   <li>Both files are JSON Lines. GT lines: {@code id}, {@code domain}, {@code sub_domain},
 *       {@code candidate_boxes} (only its length is used: "total persons"), {@code answer_boxes} (xyxy),
 *       {@code answer_segmentations} (COCO RLE per answer, read only in point mode). Prediction lines: {@code id},
 *       {@code extracted_predictions} (a list of lists). Other fields are ignored. Blank lines are skipped
 *       (extension: Python's {@code json.loads} fails on them).</li>
 *   <li>Pairing is by {@code id} through a dictionary: a prediction id that repeats keeps its <em>last</em> line;
 *       prediction ids not in the GT are ignored; a GT item without a prediction line gets {@code []}. Ids are
 *       equal as Python values are: the string {@code "1"} is not the number {@code 1}, {@code 1.0} is {@code 1}.
 *       We count (and the CLI reports) missing, unknown and repeated ids; the metrics ignore the counts.</li>
 *   <li>Every GT line is evaluated in file order; a GT id that repeats is evaluated twice.</li>
 * </ul>
 *
 * <h2>Box or point mode ({@code is_point_prediction}, start of {@code evaluate_dataset})</h2>
 * <ul>
 *   <li>The whole run is point mode iff the first entry of the first prediction line's
 *       {@code extracted_predictions} has exactly 2 numbers; otherwise box mode ({@code [[]]} first means box mode).
 *       Extension: RexSeek crashes when that first line is {@code []}; we look at the next line instead (and so
 *       on; no entry anywhere = box mode). An empty prediction file is an error.</li>
 * </ul>
 *
 * <h2>Rejection ({@code evaluate_dataset})</h2>
 * <ul>
 *   <li>An item is a rejection item iff its {@code domain} is exactly {@code "rejection"} (its answer boxes do
 *       not matter). It is answered correctly iff the prediction is empty or its <em>first</em> entry is empty:
 *       {@code []}, {@code [[]]}, a missing prediction line, even {@code [[], [1,2,3,4]]}; {@code [[1,2,3,4], []]}
 *       is wrong. Rejection items never enter any other metric, bucket or average.</li>
 *   <li>RexSeek reports {@code rejection_score} = the <em>number</em> of correct rejections, not a share. We report
 *       that count as {@code score}, plus {@code total} and {@code accuracy} = score / total (null with no
 *       rejection items).</li>
 * </ul>
 *
 * <h2>Box mode ({@code calculate_iou}, {@code calculate_metrics})</h2>
 * <ul>
 *   <li>IoU on continuous xyxy, no +1: intersection {@code (min(x2)-max(x1))*(min(y2)-max(y1))}, 0 when either
 *       difference is &le; 0; union {@code (area1 + area2) - intersection}; floating-point operations in that
 *       order. Only the first four numbers of an entry are read, so an entry needs at least 4 (fewer crashes
 *       RexSeek: error here). GT answer boxes must have exactly 4 numbers (our check).</li>
 *   <li>Thresholds are {@code numpy.arange(0.5, 1.0, 0.05)}: ten values {@code 0.5 + i * d} with
 *       {@code d = (0.5 + 0.05) - 0.5}, i.e. 0.5, 0.55, 0.6000000000000001, ..., 0.9500000000000004 (so an IoU of
 *       exactly 0.95 does not match at the last threshold, while exactly 0.5 matches at the first).</li>
 *   <li>Per threshold: a non-rejection item with no answer boxes crashes RexSeek (a tuple-unpacking bug): error.
 *       An empty prediction, or exactly {@code [[]]}, gives recall = precision = 0. Otherwise greedy matching in
 *       GT order: each GT box takes the unused prediction with the largest IoU that is &ge; the threshold, the
 *       first such on ties (strictly greater replaces). recall = matches / |GT|, precision = matches / |pred|
 *       where |pred| counts every entry, duplicates included (the same box twice halves precision).</li>
 *   <li>Per item: {@code recall_50}, {@code precision_50} at 0.5; {@code recall_mean}, {@code precision_mean},
 *       {@code density_f1_mean} = numpy means over the ten thresholds; {@code density_f1_50} at 0.5.</li>
 * </ul>
 *
 * <h2>DensityF1 ({@code calculate_density_f1})</h2>
 * <ul>
 *   <li>0 when precision + recall = 0; else F1 = {@code 2 * (p * r) / (p + r)} times a penalty
 *       {@code min(1, (gt / persons) / (pred / persons))}, where persons = |candidate_boxes|, gt = |answer_boxes|,
 *       pred = |extracted_predictions| (so {@code [[]]} counts 1). Each ratio is 0 when persons = 0, and the
 *       penalty is 0 when the prediction ratio is 0: no candidates or no predictions gives DensityF1 0. The two
 *       divisions are kept (not simplified to gt / pred) so the rounding is the same.</li>
 *   <li>It is computed per item and per threshold, then averaged: per item over thresholds, then over items.</li>
 * </ul>
 *
 * <h2>Point mode ({@code calculate_point_metrics}, {@code point_in_mask})</h2>
 * <ul>
 *   <li>No GT boxes and no prediction: recall = precision = 1. No GT boxes: 0, 0. No prediction (also a missing
 *       line): recall 0, <em>precision 1</em>. Otherwise, for each GT mask in {@code answer_segmentations} order,
 *       the first unused point inside it is a match (first hit, not best); recall = matches / |answer_boxes|
 *       (boxes, not masks), precision = matches / |pred|.</li>
 *   <li>A point is the first two numbers of an entry (entries with fewer crash RexSeek: error; with more, e.g. a
 *       box, the first two are used). It is inside when {@code x = round(px)}, {@code y = round(py)} (Python
 *       rounding: half to even) satisfy 0 &le; x &lt; w, 0 &le; y &lt; h and the decoded mask is 1 at row y,
 *       column x. Masks are COCO RLE {@code {size:[h,w], counts}}; compressed strings as pycocotools, and
 *       (extension) lists of run lengths.</li>
 *   <li>Per item: {@code recall}, {@code precision} and {@code density_f1} (DensityF1 with pred = |entries|).</li>
 * </ul>
 *
 * <h2>Grouping and averages ({@code evaluate_dataset}, {@code get_box_count_range}, {@code format_row_data},
 * {@code print_comparative_metrics})</h2>
 * <ul>
 *   <li>Every non-rejection item goes into its domain, its sub-domain (keyed by the sub-domain name alone, so
 *       equal names in two domains are pooled) and its GT-count bucket: 1, "2-5", "6-10", else "&gt;10" (a count
 *       of 0, possible in point mode, lands in "&gt;10").</li>
 *   <li>A group's value is {@code numpy.mean} of its items' values in GT order: pairwise summation (blocks of 128,
 *       8 accumulators; see {@link dev.promptcanvas.annotations.eval.NumpyMean}) divided by the count. The same
 *       mean gives the per-item average over thresholds.</li>
 *   <li>Domains are listed sorted by name; a sub-domain is listed under the domain of the first GT line (any
 *       domain, rejection too) that has that sub-domain, sorted by name; buckets in the order 1, 2-5, 6-10, &gt;10.
 *       Sub-domains whose listing domain has no evaluated item are not in RexSeek's table; they are in our JSON.</li>
 *   <li>Two averages, as RexSeek prints: "Average / All Data" = the domain lists concatenated in the order each
 *       domain first got an item, and the bucket-table average = the bucket lists concatenated in the order each
 *       bucket first got an item. They hold the same items, so they differ at most in the last bits.</li>
 *   <li>Keys of a row are {@code format_row_data}'s: box mode {@code recall_50, recall_mean, precision_50,
 *       precision_mean, density_f1_50, density_f1_mean}; point mode {@code recall, precision, density_f1}; and
 *       {@code count}. Tables print three decimals, rounded half to even on the exact binary value like Python's
 *       {@code format(x, ".3f")}. With no evaluated item RexSeek crashes; we report null averages.</li>
 *   <li>RexSeek itself prints these rows with {@code tabulate} and dumps them ({@code dump_tables},
 *       {@code convert_table_to_json}) as {@code comparison.json}: {@code domain_subdomain_metrics} and
 *       {@code box_count_metrics}, lists of table rows keyed by the lower-cased headers ({@code "recall_@0.5"},
 *       {@code "densityf1_@0.5:0.95"}, {@code "rejection_score"}, {@code "samples"}, ...) holding the
 *       three-decimal strings read back as numbers. Our JSON keeps full precision and {@code format_row_data}'s
 *       keys instead; the table shows the same three-decimal values as theirs.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.eval;
