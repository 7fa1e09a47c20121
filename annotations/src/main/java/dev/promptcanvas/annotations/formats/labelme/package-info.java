/**
 * LabelMe JSON ({@code labelme}), one file per image.
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>Input is a folder (searched recursively for {@code *.json}, in path order) or one file. Each file gives
 *       one image: {@code imagePath} resolved against the JSON's folder, stored relative to
 *       {@code ReadOptions.imageRoot} when given, else to the folder read (the file's folder for a single file);
 *       absolute when the image lies outside it. The size comes from {@code imageHeight}/{@code imageWidth};
 *       {@code imageData} is skipped unread.</li>
 *   <li>Shapes: see {@code LabelMeShapes}. Labels become categories in order of first use. Mask PNGs are decoded
 *       by {@link dev.promptcanvas.annotations.formats.labelme.PngMaskDecoder} (no AWT).</li>
 *   <li>Coordinates outside the image are clipped (polygons, rectangles), clamped (lines) or rejected (points,
 *       shapes wholly outside), see {@code ImageBounds}; mask pixels outside the image are dropped. NaN and
 *       Infinity are rejected.</li>
 *   <li>Bad shapes name the file and the path (e.g. {@code shapes[3].points[1][0]}); a file that is malformed
 *       JSON, or lacks {@code shapes}, {@code imagePath} or the image size, is bad as a whole. With
 *       {@code skipInvalid} bad shapes and files are left out and listed; otherwise the first one fails the
 *       read.</li>
 *   <li>Image-level {@code flags} are not kept (the model has no image attributes).</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>One JSON per image (see {@code LabelMeWriter}), {@code version} "5.1.1", {@code imageData} null, shapes
 *       for every geometry kind (see {@code LabelMeShapeWriter}), labels = category names.</li>
 *   <li>Mask shapes (shape_type "mask", base64 PNG of the mask's box) are what LabelMe 5.3 and later read;
 *       LabelMe 5.1.1's window refuses that shape type. Export with {@code MaskEncoding.POLYGON} for files that
 *       5.1.1 opens in full (masks with holes still become mask shapes).</li>
 *   <li>Captions, grounded phrases and referring expressions have no LabelMe form; they are listed by
 *       {@link dev.promptcanvas.annotations.formats.labelme.LabelMeFormat#export}, as are empty masks.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.labelme;
