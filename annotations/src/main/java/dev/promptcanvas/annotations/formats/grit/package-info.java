/**
 * GRIT grounded captions as JSON Lines ({@code grit}; microsoft/unilm kosmos-2, the GRIT-20M release).
 *
 * <h2>Schema</h2>
 * One record per caption: {@code key, id, url, caption, width, height, clip_similarity_vitb32,
 * clip_similarity_vitl14, noun_chunks, ref_exps}; each chunk or expression is {@code [start, end, x1, y1, x2, y2,
 * score]}. Spans are 0-based, end-exclusive offsets into the caption counted in code points, as Python counts them
 * ({@code caption[start:end]} is the phrase; Java offsets are converted both ways, so captions with emoji are right).
 * Boxes are <b>normalised [0, 1] xyxy</b>: pixel box divided by the image's width and height.
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>One record per caption of each image, in image then caption order; an image with several captions gives
 *       several records. {@code key} = the image name without extension (folders joined by '_') + '_' + the caption's
 *       index on its image; {@code id} = 64-bit FNV-1a of the key cut to 53 bits (stable, exact in any JSON
 *       reader); {@code url} = the {@code images} option (a prefix, default empty) + the image's export name.</li>
 *   <li>{@code clip_similarity_*}: PromptCanvas has no CLIP scores, so they are written as {@code null}
 *       (loaders that index the keys still work); {@code clip=false} leaves them out.</li>
 *   <li>A phrase linked to k regions gives k tuples with the same span, one per region, in link order. A region's
 *       box is its geometry's bounding box (boxes, polygons, masks, ellipses), clamped to [0, 1] after
 *       normalising; points, polylines and arrows have no box and are left out (listed). Phrases left with no
 *       region are not written. score = the annotation's score, or 1.0 when it has none.</li>
 *   <li>{@code ref_exps}: a phrase whose span strictly contains another phrase's span and which names the same
 *       regions is that phrase's expansion. {@code noun_chunks} holds the phrases that expand nothing;
 *       {@code ref_exps} holds, per noun chunk and region, the chunk's longest expansion - or the noun chunk itself
 *       when it has none (as GRIT does).</li>
 * </ul>
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>Records with the same {@code url} are one image (the url becomes the image path unchanged; differing
 *       width/height for one url is an error); each record adds a caption.</li>
 *   <li>Spans may be integers or integral floats (Parquet copies). Boxes become Box annotations in pixels; an image's
 *       tuples with the same normalised box, in noun_chunks and ref_exps and across its captions, are one
 *       region. Each distinct span of a record is one grounded phrase linked to its regions (so a ref_exp equal to
 *       its noun chunk adds nothing; a longer expansion becomes its own phrase). The tuple's score becomes the
 *       annotation's score (the first tuple's, for a merged region); a 6-value tuple or a null score reads as 1.0.</li>
 *   <li>Category: every region gets "object"; {@code new GritFormat(true)} names it after its first phrase
 *       instead, lower-cased and trimmed. The clip fields and any other fields are ignored.</li>
 *   <li>Errors name the file, the line and the field, e.g. {@code grit.jsonl: line 7: noun_chunks[2][3]: box
 *       coordinates must be normalised to [0, 1], got 412.0}. Spans must lie inside the caption; coordinates may
 *       stray 1e-6 outside [0, 1] and are clamped. With {@code skipInvalid} bad lines are left out whole.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.grit;
