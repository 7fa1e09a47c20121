/**
 * KOSMOS-2 grounded text lines ({@code kosmos2}; microsoft/unilm kosmos-2, HF transformers
 * {@code processing_kosmos2.py}).
 *
 * <h2>Schema</h2>
 * One caption per line: {@code IMAGE<TAB><grounding>text with <phrase>a dog</phrase><object><patch_index_0044>
 * <patch_index_0863></object> ...} (no spaces between tags). Several boxes of one phrase share one {@code <object>},
 * separated by {@code </delimiter_of_multi_objects/>}. A box is two of 1024 location tokens on a 32 x 32 grid
 * (row-major, 4 digits), computed from the normalised xyxy box by {@link
 * dev.promptcanvas.annotations.formats.kosmos2.PatchTokens} (exact formulas there). Tokens 0044 and 0863 are the box
 * (0.390625, 0.046875, 0.984375, 0.828125). The conversion is lossy by design: a box comes back within one cell
 * (1/32 of the image side) per coordinate; tokens → box → tokens is exact.
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>Image by image, one line per caption: the {@code images} option (prefix, default none) + the image's
 *       export name, a tab, {@code <grounding>} (unless {@code grounding=false}), the caption with its phrases
 *       marked. Tabs and line breaks inside a caption become spaces; an image name holding one is an error.</li>
 *   <li>A phrase's boxes are the bounding boxes of its regions (boxes, polygons, masks, ellipses) normalised by the
 *       image size. Phrases naming no such region, and phrases overlapping an earlier one (markup cannot nest;
 *       phrases are taken in span order), stay plain text and are listed.</li>
 * </ul>
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>Lines are split at the first tab. The lines carry no image size, so the image is looked up under
 *       {@code ReadOptions.imageRoot} (else the input's folder) and its size read from its header (PNG, JPEG, GIF,
 *       BMP, WebP); an image that cannot be found fails that line.</li>
 *   <li>The caption is the text without tags (and without {@code <grounding>}), trimmed; a phrase's span is its
 *       text without surrounding white space. Each distinct token pair of an image is one Box annotation of
 *       category "object" (no score); each phrase one grounded phrase linked to its boxes. A {@code <phrase>} not
 *       followed by an {@code <object>} is plain text.</li>
 *   <li>Errors name the file, line and field ({@code image} or {@code text}): no tab, unclosed phrase or object,
 *       an object after text rather than a phrase, a box without two indexes, indexes out of the grid or in the
 *       wrong order, tags out of place. With {@code skipInvalid} bad lines are left out whole.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.kosmos2;
