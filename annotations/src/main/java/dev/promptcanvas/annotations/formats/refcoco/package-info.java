/**
 * RefCOCO-style referring expressions ({@code refcoco}, write only), after lichengunc/refer.
 *
 * <h2>Files</h2>
 * <ul>
 *   <li>{@code refs.json}: a JSON list (the JSON equivalent of refer's {@code refs(unc).p}) of
 *       {@code {ref_id, ann_id, image_id, category_id, split, file_name, sent_ids, sentences:[{sent_id, tokens, sent,
 *       raw}]}}. {@code ref_id} and {@code sent_id} count from 0; {@code raw} is the expression as written,
 *       {@code tokens} its lower-cased words (letters, digits, inner apostrophes; punctuation dropped) and
 *       {@code sent} the tokens joined by spaces. {@code split} is {@code WriteOptions.split()}, else "train".</li>
 *   <li>{@code instances.json}: COCO instances written by the registered {@code coco} format (unchanged), so boxes
 *       are COCO's {@code bbox} [x, y, w, h] in absolute pixels and segmentations follow that format's rules.
 *       Image, category and annotation ids are 1, 2, 3 ... in export order (the COCO writer's rule); the COCO
 *       writer is given only the annotations it can hold (boxes, polygons, masks, ellipses), so {@code ann_id}
 *       n is the n-th of those. Points, polylines and arrows are left out of both files.</li>
 *   <li>With a split export the files are {@code refs_SPLIT.json} and {@code instances_SPLIT.json}, one pair per
 *       split, each with its own ids.</li>
 * </ul>
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>A RefCOCO ref names exactly one annotation. Expressions with one target are grouped by target: one ref per
 *       annotation, with all its expressions as sentences (in export order).</li>
 *   <li>Expressions with several targets are skipped by default ("the two men" is not a description of either
 *       man); {@code multi-target=each} adds the sentence to the ref of each target instead.</li>
 *   <li>No-target expressions (HumanRef rejections) cannot be expressed and are skipped; so are expressions whose
 *       target is not in instances.json. Everything skipped is listed by
 *       {@link dev.promptcanvas.annotations.formats.refcoco.RefCocoFormat#export}.</li>
 *   <li>The COCO writer needs the whole dataset, so this export holds the source in memory.</li>
 * </ul>
 */
package dev.promptcanvas.annotations.formats.refcoco;
