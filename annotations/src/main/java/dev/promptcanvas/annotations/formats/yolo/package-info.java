/**
 * Ultralytics YOLO detect and segment datasets ({@code yolo}).
 *
 * <h2>Layout and schema</h2>
 * <pre>
 * OUT/data.yaml                path, train/val/test (image folders relative to path), nc, names {0: name, ...}
 * OUT/images/SPLIT/NAME.jpg    the images (copied, or linked with images=link)
 * OUT/labels/SPLIT/NAME.txt    one line per object: "cls cx cy w h" (detect) or "cls x1 y1 x2 y2 ..." (segment)
 * </pre>
 * Coordinates are normalised by the image width and height (x / W, y / H, origin at the top-left corner of the
 * image), written with six decimals. Class ids are 0, 1, 2 ... in the order of the export's categories.
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>SPLIT is {@code WriteOptions.split()}, or {@code train} when the export is not split. {@code data.yaml} lists
 *       every split of {@code WriteOptions.splits()} ({@code valid}/{@code validation} become the key {@code val});
 *       Ultralytics requires {@code val}, so an export without a validation split points {@code val} at the train
 *       images. {@code path} is the absolute output folder. Class ids assume every split is given the same
 *       category list (the orchestrator filters images, not categories).</li>
 *   <li>Images: Ultralytics finds a label by replacing the last {@code /images/} of the image path with
 *       {@code /labels/}, so each image must lie in {@code images/SPLIT}. An image already there (the orchestrator
 *       may have placed it) is left alone; otherwise it is copied ({@code images=copy}, default) or hard-linked, else
 *       symbolically linked ({@code images=link}). NAME is the image's file name; images of one split sharing a
 *       file name are named by their whole relative path with '/' turned into "__". A missing image file is an
 *       error. (A list-file mode that leaves images in the project is not offered: Ultralytics would look for the
 *       labels next to the project's images.)</li>
 *   <li>{@code task=detect} (default): boxes, polygons, ellipses and masks are written as their bounding box
 *       (a mask's box is its pixel extent), clipped to the image.</li>
 *   <li>{@code task=segment}: one line per polygon part, outer ring only - YOLO polygons cannot express holes, so
 *       holes are filled, and a multi-part object becomes several objects of the same class. Boxes become their 4
 *       corners, ellipses their sampled outline, masks are traced at {@code WriteOptions.polygonTolerance()}.
 *       Vertices are clamped to the image.</li>
 *   <li>Points, polylines, arrows and shapes with no area inside the image have no YOLO form: they are left out and
 *       listed by {@link dev.promptcanvas.annotations.formats.yolo.YoloFormat#export}. Every image gets a label
 *       file, empty for a background image. Each file is written atomically.</li>
 * </ul>
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>Input: a data.yaml, or a folder with {@code data.yaml} (or a single {@code *.yaml}). {@code names} may be a
 *       list or a map {@code {0: a, 1: b}} (ids 0.. without gaps). Split entries are folders (searched recursively
 *       for bmp/jpg/jpeg/png/webp/gif) or {@code .txt} lists of image paths (relative to the list file), resolved
 *       against {@code path} when that folder exists, else against the YAML's folder. Splits are not kept: every
 *       image becomes a project image once.</li>
 *   <li>Image sizes come from the file header ({@link dev.promptcanvas.annotations.formats.yolo.ImageHeaders}; JPEG
 *       EXIF orientation is not applied). Image paths are relative to {@code ReadOptions.imageRoot()} (default:
 *       the YAML's folder), absolute when outside it. A missing label file means an image without objects.</li>
 *   <li>A line with 4 numbers after the class is a box; more is a polygon (x y pairs, at least 3 points). Bad lines
 *       name the label file, the line and the field ({@code line 7: class}, {@code line 3: x2}): a class id outside
 *       the names, a non-number, an odd coordinate count, a negative size, or a coordinate outside [0, 1] by more
 *       than 0.001 (within that it is clamped). With {@code skipInvalid} the line (or an unreadable image) is left
 *       out and listed; otherwise the first one fails the whole read.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.yolo;
