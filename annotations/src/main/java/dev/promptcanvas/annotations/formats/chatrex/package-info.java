/**
 * ChatRex / RexSeek index-grounding training records ({@code chatrex}, write only), after IDEA-Research/RexSeek
 * ({@code rexseek/evaluation/evaluate_rexseek.py}) and IDEA-Research/ChatRex.
 *
 * <h2>Schema</h2>
 * JSONL (default) or a JSON array ({@code format=json}) of {@code {id, image, width, height, domain?, boxes:[[x1,
 * y1, x2, y2], ...], conversations:[{from: "human", value}, {from: "gpt", value}]}}. {@code boxes} are the
 * candidates, xyxy in absolute pixels (the bounding boxes of the annotations; a mask's is its pixel extent);
 * candidate i is {@code <obji>} in the text (0-based). {@code id} is {@code promptcanvas-expression-N} or
 * {@code promptcanvas-caption-N}.
 *
 * <h2>Records</h2>
 * <ul>
 *   <li>One per referring expression. Question: {@code <image>\n<obj0><objfeat><obj1><objfeat>...\nPlease detect
 *       EXPRESSION in this image. Answer the question with object indexes.}; answer
 *       {@code <ground>EXPRESSION</ground><objects><objI><objJ></objects>} with the targets' indexes in ascending
 *       order. A no-target expression (HumanRef rejection) answers {@code <ground>EXPRESSION</ground><objects>None
 *       </objects>}: RexSeek's parser finds no {@code <objN>} in it, i.e. an empty prediction, which is how
 *       HumanRef scores a rejection. The expression's domain is kept.</li>
 *   <li>One per caption with grounded phrases. Question: the same object tokens and "Please briefly describe this
 *       image and detect all the mentioned objects. Answer with grounded object indexes."; answer: the caption with
 *       every grounded phrase replaced by {@code <ground>phrase</ground><objects>...</objects>} (phrases overlapping
 *       an earlier one stay plain text).</li>
 * </ul>
 *
 * <h2>Candidates</h2>
 * The image's region annotations (boxes, polygons, ellipses, non-empty masks) of the {@code candidates} category in
 * export order - by default "person" when the export has such a category (HumanRef's candidates are all persons),
 * else every region; {@code candidates=all} forces every region. If the category has no annotation on the image,
 * every region is a candidate. A target that is not a candidate is appended, so every answer can name its targets.
 * At most 100 candidates (RexSeek's cap): beyond that, non-target candidates are dropped from the end. Expressions
 * whose targets are not regions (points, lines) are left out and listed by
 * {@link dev.promptcanvas.annotations.formats.chatrex.ChatRexFormat#export}.
 */
package dev.promptcanvas.annotations.formats.chatrex;
