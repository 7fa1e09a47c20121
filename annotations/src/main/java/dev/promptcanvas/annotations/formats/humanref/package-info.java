/**
 * HumanRef / RexSeek referring-expression data ({@code humanref} ground truth, {@code humanref-pred} predictions;
 * IDEA-Research/RexSeek README and {@code metric/recall_precision_densityf1.py}).
 *
 * <h2>Schema</h2>
 * Ground truth, one line per referring expression: {@code id, image_name, referring, domain, sub_domain,
 * candidate_boxes, answer_boxes, answer_segmentations}. Boxes are <b>xyxy in absolute pixels</b> (continuous, no
 * +1); {@code answer_boxes} is {@code []} for the rejection domain; {@code answer_segmentations} holds one COCO RLE
 * ({@code {"size": [h, w], "counts": "..."}}, pycocotools' compressed string) per answer box. Predictions:
 * {@code id, extracted_predictions: [[x1, y1, x2, y2], ...]} ({@code []} or {@code [[]]} = nobody; 2-number
 * entries = point mode for the whole file).
 *
 * <h2>Writing the ground truth</h2>
 * <ul>
 *   <li>One line per expression, image by image; {@code id} = the expression's id; {@code image_name} = the
 *       image's export name; {@code referring} = its text.</li>
 *   <li>{@code domain}/{@code sub_domain} from the expression's domain tag: {@code "attribute/color"} gives
 *       attribute + color; a tag without '/' gives the tag for both; no tag gives "rejection" for both when the
 *       expression has no target, else empty strings.</li>
 *   <li>{@code candidate_boxes}: the bounding boxes of the image's annotations of the candidate category - the
 *       {@code candidates} option, else the category named "person" (any case) when there is one, else the
 *       targets' categories, else (no target) every annotation - in annotation order, plus any target not among
 *       them (so answers are always candidates). Only boxes, polygons, masks and ellipses count.</li>
 *   <li>{@code answer_boxes}: the targets' bounding boxes (a mask's is pycocotools' {@code toBbox}); 
 *       {@code answer_segmentations}: the target's mask, or its polygon / box / ellipse rasterised by COCO's rule
 *       at the image size. An expression with a point, polyline or arrow target is left out (listed); a target not
 *       in the export (e.g. an unaccepted suggestion) is dropped from it (listed).</li>
 * </ul>
 *
 * <h2>Writing predictions ({@code humanref-pred})</h2>
 * Per expression: its id and its targets' boxes, in the same order and with the same ids as the ground truth
 * written from the same project, so a project whose expressions hold a model's answers exports them as
 * predictions. Predictions are read for evaluation with {@link
 * dev.promptcanvas.annotations.formats.humanref.HumanRefPredictions#read}; they cannot be imported (no images).
 *
 * <h2>Reading the ground truth</h2>
 * <ul>
 *   <li>{@link dev.promptcanvas.annotations.formats.humanref.HumanRefGroundTruth#read} gives the raw records (for
 *       evaluation); importing turns them into a dataset: lines with the same {@code image_name} are one image
 *       (path = the name); its size is the first answer mask's size, else read from the image file's header under
 *       {@code ReadOptions.imageRoot} (else the input's folder). A record whose image size is unknown fails.</li>
 *   <li>Candidate boxes become Box annotations of category "person"; identical boxes of an image, across its
 *       records, are one annotation. An answer whose box equals a candidate's is that candidate; otherwise it is a
 *       new "person" annotation whose geometry is its mask (or its box when the record has no masks). Answer masks
 *       of matched candidates are therefore not kept (the export rasterises the box instead).</li>
 *   <li>Each record becomes a referring expression (targets in answer order; none for rejection) with the domain
 *       tag described above. Record ids are not kept (the export numbers expressions by their new ids).</li>
 *   <li>Boxes outside the image are clipped, wholly outside is an error; errors name the file, line and field,
 *       e.g. {@code line 4: answer_segmentations[1].counts}. With {@code skipInvalid} bad lines are left out
 *       whole.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.humanref;
