/**
 * ODVG JSON Lines ({@code odvg}; Open-GroundingDino {@code data_format.md}, mmdet {@code datasets/odvg.py}).
 *
 * <h2>Schema</h2>
 * One JSON object per line: {@code filename, height, width} and either {@code detection: {instances: [{bbox, label,
 * category}]}} (with a separate label map {@code {"0": "person", ...}}) or {@code grounding: {caption, regions:
 * [{bbox, phrase, tokens_positive: [[start, end], ...]}]}}. Boxes are <b>xyxy in absolute pixels</b>;
 * {@code tokens_positive} are end-exclusive character offsets into the caption counted in code points (Python),
 * converted to and from Java offsets.
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>{@code mode=auto} (default) decides per image: its captions that name at least one region become grounding
 *       lines (one per caption); an image without such a caption becomes one detection line. {@code
 *       mode=detection} writes one detection line per image; {@code mode=grounding} one grounding line per caption
 *       (images without captions get none, listed). The spec allows either kind per line, but mmdet and
 *       Open-GroundingDino read a whole file in one mode (detection when a label map is configured), so an auto
 *       export that mixes both is listed with a hint to set the mode.</li>
 *   <li>Detection: every annotation with an area (box, polygon, mask, ellipse) as its bounding box; {@code label} =
 *       its category's 0-based position in the export's category list; {@code category} = the name. The label map
 *       goes to {@code label_map=PATH}, default {@code <output stem>_label_map.json} beside the output; it is
 *       written whenever detection lines are (with split exports, one identical map per split file).</li>
 *   <li>Grounding: per phrase (span order) and per region it names, a region with the region's bounding box, the
 *       phrase text and {@code tokens_positive = [[start, end]]}, so {@code caption[start:end] == phrase}.
 *       Annotations named by no phrase are not in grounding lines (listed per image); points, polylines and arrows
 *       have no box and are left out.</li>
 * </ul>
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>Lines with the same {@code filename} are one image (path = filename); differing sizes are an error.</li>
 *   <li>Detection instances become Box annotations (never merged). The category is the label map's name for
 *       {@code label} - the map given to {@code new OdvgFormat(path)}, else {@code <input stem>_label_map.json},
 *       else {@code label_map.json} beside the input - or, with no map, the instance's {@code category}.</li>
 *   <li>Grounding lines become a caption; each region a Box annotation of category "object" (identical boxes in an
 *       image's grounding lines are one annotation); each distinct span a grounded phrase linked to its regions.
 *       {@code tokens_positive} may hold several spans, as integers or integral floats; without it the first
 *       occurrence of {@code phrase} in the caption is used. The {@code phrase} field is not checked against the
 *       span (the span is authoritative).</li>
 *   <li>Boxes are clipped to the image (wholly outside is an error). Errors name the file, line and field, e.g.
 *       {@code line 3: grounding.regions[1].tokens_positive[0]}; with {@code skipInvalid} bad lines are left out
 *       whole.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.odvg;
