/**
 * ViP-LLaVA visual-prompt instruction data ({@code vipllava}, write only), after WisconsinAIVision/ViP-LLaVA
 * ({@code llava/visual_prompt_organizer.py}).
 *
 * <h2>Schema</h2>
 * A JSON array of {@code {id, image, bboxes:[[x1, y1, x2, y2], ...], segmentations:[[[x1, y1, x2, y2, ...], ...],
 * ...], conversations:[{from, value}, ...]}}. Boxes are xyxy in absolute pixels (a mask's box is its pixel extent);
 * region K (0-based) is {@code <bboxK>} in the text, which ViP-LLaVA's organizer replaces by a phrase for the shape
 * it draws ("within the red rectangle", ...). Only the key {@code bboxes} is written: it is the key the training code
 * reads ({@code bbox} appears only in some docs). {@code segmentations} holds per region its outer rings as flat
 * polygons (boxes as 4 corners, ellipses as their outline, masks traced at the tolerance; holes are dropped), which
 * the mask and contour shapes need. The first human turn starts with {@code "<image>\n"}.
 *
 * <h2>Records</h2>
 * <ul>
 *   <li>{@code promptcanvas-region-N}: per image with region captions (annotation attribute {@code caption}); the
 *       captioned regions are the boxes, and each gets "Please describe the region &lt;bboxK&gt; in detail." answered
 *       by its caption. Regions without a caption are not part of it.</li>
 *   <li>{@code promptcanvas-ref-N}: per referring expression with targets; every region of the image (boxes,
 *       polygons, ellipses, non-empty masks, in export order) is marked, the question quotes the expression and the
 *       answer names the targets: "&lt;bbox2&gt;" or "&lt;bbox0&gt; and &lt;bbox3&gt;". No-target expressions (ViP-LLaVA
 *       has no rejection answers) and expressions whose targets are points, lines or arrows are left out and listed
 *       by {@link dev.promptcanvas.annotations.formats.vipllava.VipLlavaFormat#export}.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.vipllava;
