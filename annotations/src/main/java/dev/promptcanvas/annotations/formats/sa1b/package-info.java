/**
 * SA-1B mask annotations, one JSON per image in a folder ({@code sa1b}; facebookresearch/segment-anything).
 *
 * <h2>Schema</h2>
 * {@code {"image": {image_id, width, height, file_name}, "annotations": [{id, segmentation, bbox, area,
 * predicted_iou, stability_score, crop_box, point_coords}]}}. {@code segmentation} is COCO RLE with pycocotools'
 * compressed counts ({@code size} is [height, width]); {@code bbox} and {@code crop_box} are <b>xywh in absolute
 * pixels</b>; {@code point_coords} is a list of [x, y] pixel points (the prompt that produced the mask).
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>One file per image, at the image's export name with {@code .json} under the output folder (the file name
 *       alone when the name is absolute, a URL, or leads out of the folder); {@code image_id} = the image's 1-based
 *       position in the export, {@code file_name} = its export name. Annotation ids run 1, 2, 3 ... across the
 *       export (of the split, when split: each split goes to its own subfolder {@code OUTPUT/<split>/}, whose files are
 *       then read back by reading that subfolder).</li>
 *   <li>Masks are written as they are; boxes, polygons and ellipses are rasterised by COCO's rule
 *       ({@code masks_only=true} leaves them out instead); points, polylines, arrows and masks empty at the image's
 *       pixels are left out (listed). {@code bbox} and {@code area} are pycocotools' {@code toBbox} / {@code area}
 *       of the written RLE.</li>
 *   <li>{@code point_coords}: the positive point prompts of the annotation's prompt record, in order. With none
 *       (a hand-drawn shape, or a box/scribble prompt) SA-1B's convention of one point inside the mask is kept:
 *       the centre of the mask pixel nearest the mask's centroid.</li>
 *   <li>{@code predicted_iou}: the prompt record's score, else the annotation's score, else 1.0.
 *       {@code stability_score}: the annotation's {@code stability_score} attribute, else 1.0 (PromptCanvas does
 *       not compute it). {@code crop_box}: the {@code crop_box} attribute ("x,y,w,h"), else the whole image.</li>
 * </ul>
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>A folder is searched recursively for {@code .json} files (path order); a single file may be given. Each
 *       is one image: a bare {@code file_name} lies beside its JSON (path = the JSON's folder relative to the
 *       folder read + the name); a name with folders is relative to the folder read.</li>
 *   <li>Each annotation becomes a Mask of category "object" (score = {@code predicted_iou}); its
 *       {@code point_coords} (as positive point prompts) and {@code predicted_iou} become a prompt record with model
 *       id "sa1b", so an export after an import writes them back; {@code stability_score} and {@code crop_box} are
 *       kept as attributes. {@code bbox}, {@code area} and {@code id} are not read (recomputed on export).</li>
 *   <li>Errors name the file and field, e.g. {@code sa_1.json: annotations[3].segmentation.size}; an RLE whose
 *       size is not the image's, or whose counts do not add up, is an error. With {@code skipInvalid} a bad
 *       annotation is left out (a bad header or malformed file: the whole file).</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.sa1b;
