/**
 * Pascal VOC detection XML ({@code voc}).
 *
 * <h2>Schema</h2>
 * One {@code <annotation>} per image: {@code folder}, {@code filename}, {@code path}, {@code source/database},
 * {@code size/width|height|depth}, {@code segmented}, and per object {@code name}, {@code pose},
 * {@code truncated}, {@code difficult}, {@code bndbox/xmin|ymin|xmax|ymax}.
 *
 * <h2>Coordinate convention</h2>
 * VOC boxes are 1-based, inclusive integer pixel indices: {@code xmin=1, xmax=W} is the whole width (the VOC devkit's
 * reading, which Detectron2's loader follows by subtracting 1 from xmin/ymin only). Our boxes are continuous, origin at
 * the top-left image corner, so pixel column i covers [i, i+1) and is VOC column i + 1:
 * <ul>
 *   <li>write: {@code xmin = round(x1) + 1}, {@code xmax = round(x2)} (same for y), clamped to 1..W / 1..H; a box
 *       narrower than half a pixel becomes one pixel wide;</li>
 *   <li>read: {@code x1 = xmin - 1}, {@code x2 = xmax}.</li>
 * </ul>
 * Whole-pixel boxes round-trip exactly; fractional ones move by at most half a pixel per side. (LabelMe's
 * labelme2voc and torchvision's VOCDetection copy the numbers without any conversion; tools that treat the numbers
 * as 0-based continuous corners will see our boxes one pixel wider on the left/top.)
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>Output folder: {@code Annotations/STEM.xml} for every image (also those without objects) and
 *       {@code ImageSets/Main/SPLIT.txt} listing the stems ({@code default.txt} when the export is not split).
 *       Images are not copied: {@code path} holds the absolute image file and {@code folder} its folder's name.
 *       STEM is the file name without extension; images sharing one are named by their relative path with '/'
 *       turned into "__".</li>
 *   <li>VOC holds boxes only: polygons, ellipses and masks are written as their bounding box (a mask's is its pixel
 *       extent). Points, polylines, arrows and empty masks are left out and listed by
 *       {@link dev.promptcanvas.annotations.formats.voc.VocFormat#export}.</li>
 *   <li>{@code truncated}/{@code difficult} come from the annotation attributes of those names (1/true/yes → 1,
 *       else 0), {@code pose} from the attribute {@code pose} (default {@code Unspecified}); {@code depth} is
 *       always 3 (channel counts are not tracked).</li>
 * </ul>
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>Input: one XML, or a folder of XMLs (its {@code Annotations/} subfolder when present). DTDs and external
 *       entities are refused.</li>
 *   <li>The image path is {@code JPEGImages/FILENAME} when that file exists next to {@code Annotations/}, else
 *       FILENAME (relative to {@code ReadOptions.imageRoot()} when given). The size comes from {@code size}.</li>
 *   <li>Categories are created by name in order of first appearance. {@code difficult}, {@code truncated} and
 *       {@code occluded} other than 0, and a {@code pose} other than Unspecified, become annotation attributes.
 *       Boxes reaching outside the image are clipped.</li>
 *   <li>Malformed XML fails with line and column. Missing or bad elements name the file and the element path,
 *       e.g. {@code annotation/object[2]/bndbox/xmin}; with {@code skipInvalid} the object (or the file, for a bad
 *       {@code size}) is left out and listed, otherwise the first one fails the read.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.voc;
