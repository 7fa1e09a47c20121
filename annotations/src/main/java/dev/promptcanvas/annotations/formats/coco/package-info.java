/**
 * COCO instances and captions ({@code coco}).
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>Streaming (Jackson {@code JsonParser}); sections may come in any order. A file is refused up front when
 *       the dataset it holds cannot fit in the heap (about twice the file size, see {@code InputSizeGuard}).</li>
 *   <li>Images, categories and annotations get local ids 1, 2, 3 ... in file order; {@code file_name} becomes the
 *       image path unchanged (backslashes turned into slashes): COCO names are relative to the dataset's image
 *       folder, so {@code ReadOptions.imageRoot} is that folder and nothing is resolved against it here.
 *       {@code supercategory} is kept (an empty one reads as none).</li>
 *   <li>Annotations with a {@code caption} become captions; others need {@code category_id} and a segmentation
 *       or a bbox. Polygons become one polygon with a part per ring (COCO unions rings); a single axis-aligned
 *       4-vertex ring becomes a box (same region); RLE, compressed or as a list of counts, becomes a mask; an
 *       annotation with only a bbox (or {@code "segmentation": []}) becomes a box. {@code iscrowd}, {@code score}
 *       and an {@code attributes} object (as CVAT writes) are kept; {@code area} and {@code bbox} of segmented
 *       annotations are recomputed on export, not trusted.</li>
 *   <li>Coordinates outside the image are clipped (see {@code ImageBounds}); NaN and Infinity are rejected.</li>
 *   <li>Bad entries (wrong types, missing fields, polygons with fewer than 3 points or an odd number of
 *       coordinates, RLE whose size is not the image's or whose counts do not add up, duplicate ids, unknown
 *       image or category ids) name the file and the field path, e.g. {@code annotations[12].segmentation[0]}.
 *       With {@code skipInvalid} they are left out and listed; otherwise the first one fails the read. Malformed
 *       or truncated JSON always fails, with line and column.</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>Ids are 1-based in the dataset's order. {@code area} and {@code bbox} are what pycocotools computes from
 *       the written segmentation ({@code annToRLE} then {@code area}/{@code toBbox}).</li>
 *   <li>Boxes become a bbox plus a 4-vertex polygon; ellipses a polygon; polygons their rings; polygons with holes
 *       and masks become compressed RLE. With {@code MaskEncoding.POLYGON}, masks are traced at the tolerance
 *       instead - except crowds, and masks with holes, which stay RLE because COCO polygons cannot cut holes.</li>
 *   <li>Points, polylines and arrows have no COCO instance form: they are left out and listed by
 *       {@link dev.promptcanvas.annotations.formats.coco.CocoFormat#export}.</li>
 *   <li>Captions are written to a sibling captions file ({@code CocoFormat.captionsPathFor}), or into the output
 *       itself when the dataset has no categories and no annotations.</li>
 *   <li>Files are written to a temporary sibling and moved into place when complete.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.coco;
