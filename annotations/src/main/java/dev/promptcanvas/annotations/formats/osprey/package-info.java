/**
 * Osprey-724K region instruction data ({@code osprey}, write only), after CircleRadon/Osprey
 * {@code osprey/datasets/osprey_724k.py}.
 *
 * <h2>Schema</h2>
 * A JSON array; per image {@code {file_name, height, width, annotation:[{segmentation}], conversations:[{from:
 * "human"|"gpt", value}], description?}}. {@code segmentation} is what pycocotools' {@code annToMask} reads, in
 * absolute pixels: compressed RLE {@code {"size": [h, w], "counts": "..."}} (default, exact) or, with
 * {@code MaskEncoding.POLYGON}, flat polygons [[x1, y1, ...], ...] (boxes as 4 corners, ellipses as their outline,
 * masks traced at the tolerance); anything with holes stays RLE.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Regions are the image's boxes, polygons, ellipses and non-empty masks, in export order; region N (1-based)
 *       is {@code annotation[N-1]}. Points, polylines and arrows are not regions: left out and listed.</li>
 *   <li>Every region is listed in {@code annotation}; only regions with a caption (annotation attribute
 *       {@code caption}) are asked about: a human turn from the {@code question} template with {@code <region>}
 *       replaced by {@code <regionN>}, then a gpt turn with the caption. Image captions come first as
 *       "Describe the image in detail." / caption pairs ({@code image-captions=false} leaves them out).</li>
 *   <li>By default the turns are the raw Osprey-724K form: Osprey's loader itself prepends
 *       {@code "<image>\nThis provides an overview of the picture.\nThere are N part regions in the picture:
 *       region1<mask><pos>,region2<mask><pos>. "} to the first question and strips '&lt;' '&gt;' from
 *       {@code <regionN>}. {@code expand=true} writes that expanded form instead (for loaders that do not add it):
 *       the prefix on the first human turn and {@code regionN} in the questions.</li>
 *   <li>{@code description=true} adds {@code ["<region1>: caption", ...]} for the captioned regions (the detailed
 *       description file's field).</li>
 *   <li>Images with nothing to ask about get no record. {@code file_name} is the export's image name; note that
 *       Osprey's loader keeps only the part after the last '_' of it (it expects COCO names).</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.osprey;
