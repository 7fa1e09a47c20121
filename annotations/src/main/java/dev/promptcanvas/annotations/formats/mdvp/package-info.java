/**
 * MDVP / SPHINX-V visual-prompt data ({@code mdvp}, write only), after AFeng-x/Draw-and-Understand.
 *
 * <h2>Schema</h2>
 * A JSON array of {@code {id, image, bbox:[[x, y, w, h], ...], conversations}} ({@code prompt=box}, default) or
 * {@code {id, image, points:[[x, y], ...], conversations}} ({@code prompt=point}). Coordinates are absolute pixels of
 * the original image (SPHINX-V normalises them itself after padding to a square); boxes are xywh with the origin at
 * the top-left image corner (a mask's box is its pixel extent). Prompt N (1-based) is {@code <Region N>} in the
 * text. The first human turn starts with {@code "<image>\n"}.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Conversations come from region captions (annotation attribute {@code caption}): per captioned region, in
 *       export order, "Please describe &lt;Region N&gt; in detail." answered by the caption. Regions without a
 *       caption are not prompts.</li>
 *   <li>At most 10 prompts per record (MDVP's limit): an image with more captioned regions gets several records, each
 *       numbering its regions from 1.</li>
 *   <li>Point prompts: a captioned Point annotation is used as it is; boxes and ellipses give their centre; polygons
 *       and masks the centroid of their pixels when that lies in the region, else the centre of the region's pixel
 *       nearest to it (never a point outside the region, unlike the box centre of an L shape or a ring).</li>
 *   <li>Box prompts accept boxes, polygons, ellipses and non-empty masks. Captioned annotations that cannot be a
 *       prompt (points in box mode, polylines, arrows) are left out and listed by
 *       {@link dev.promptcanvas.annotations.formats.mdvp.MdvpFormat#export}.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.mdvp;
