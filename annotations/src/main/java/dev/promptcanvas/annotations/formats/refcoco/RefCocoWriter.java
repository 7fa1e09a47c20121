package dev.promptcanvas.annotations.formats.refcoco;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatRegistry;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the COCO instances through the registered {@code coco} format, then the refs whose ids point into it:
 * COCO's writer numbers images, categories and annotations 1, 2, 3 ... in dataset order, and it is handed only
 * annotations it can hold, so the n-th of them is annotation n.
 */
final class RefCocoWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final WriteOptions options;
    private final boolean eachTarget;

    RefCocoWriter(WriteOptions options) {
        this.options = options;
        String multi = options.option(RefCocoFormat.MULTI_TARGET, "skip").toLowerCase(Locale.ROOT);
        if (!multi.equals("skip") && !multi.equals("each")) {
            throw new IllegalArgumentException("option " + RefCocoFormat.MULTI_TARGET + "=" + multi
                    + ": expected skip or each");
        }
        this.eachTarget = multi.equals("each");
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        Path folder = output.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(output + ": RefCOCO export needs a folder, this is a file");
        }
        Path refsFile = folder.resolve(RefCocoFormat.refsFileName(options.split()));
        Path instancesFile = folder.resolve(RefCocoFormat.instancesFileName(options.split()));
        Dataset dataset = source.materialize();
        List<Skipped> skipped = new ArrayList<>();
        Map<Long, Integer> annIds = new HashMap<>();
        List<Annotation> instances = new ArrayList<>();
        // the COCO writer numbers annotations image by image, in image order: follow the same order
        Map<Long, List<Annotation>> byImage = new HashMap<>();
        for (Annotation a : dataset.annotations()) {
            byImage.computeIfAbsent(a.imageId(), k -> new ArrayList<>()).add(a);
        }
        List<Annotation> inCocoOrder = new ArrayList<>(dataset.annotations().size());
        for (ImageRecord image : dataset.images()) {
            inCocoOrder.addAll(byImage.getOrDefault(image.id(), List.of()));
        }
        for (Annotation a : inCocoOrder) {
            if (cocoCanHold(a.geometry())) {
                instances.add(a);
                annIds.put(a.id(), instances.size());
            } else {
                skipped.add(new Skipped(instancesFile, "annotation " + a.id(), a.geometry().kind()
                        + " annotations have no COCO instance form"));
            }
        }
        DatasetFormat coco = FormatRegistry.find("coco")
                .orElseThrow(() -> new IOException("the coco format is not registered"));
        coco.write(Dataset.of(dataset.images(), dataset.categories(), instances), instancesFile, options);

        Map<Long, Integer> imageIds = positions(dataset.images().stream().map(ImageRecord::id).toList());
        Map<Long, Integer> categoryIds = positions(dataset.categories().stream().map(Category::id).toList());
        Map<Long, ImageRecord> imagesById = new HashMap<>();
        for (ImageRecord image : dataset.images()) {
            imagesById.put(image.id(), image);
        }
        Map<Long, Annotation> byId = new HashMap<>();
        for (Annotation a : dataset.annotations()) {
            byId.put(a.id(), a);
        }
        Map<Long, List<ReferringExpression>> refs = new LinkedHashMap<>();
        for (ReferringExpression e : dataset.expressions()) {
            String who = "expression " + e.id();
            if (e.isNoTarget()) {
                skipped.add(new Skipped(refsFile, who, "no-target expressions cannot be expressed in RefCOCO"));
                continue;
            }
            if (e.targetIds().size() > 1 && !eachTarget) {
                skipped.add(new Skipped(refsFile, who, e.targetIds().size() + " targets: a RefCOCO ref points at "
                        + "one object (option " + RefCocoFormat.MULTI_TARGET + "=each writes one ref per target)"));
                continue;
            }
            for (long target : e.targetIds()) {
                if (!annIds.containsKey(target)) {
                    skipped.add(new Skipped(refsFile, who, "target annotation " + target
                            + (byId.containsKey(target) ? " is not in instances.json" : " does not exist")));
                    continue;
                }
                refs.computeIfAbsent(target, t -> new ArrayList<>()).add(e);
            }
        }
        String split = options.split() == null ? "train" : options.split();
        AtomicFiles.write(refsFile, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartArray();
                int refId = 0;
                int sentId = 0;
                for (Map.Entry<Long, List<ReferringExpression>> ref : refs.entrySet()) {
                    Annotation target = byId.get(ref.getKey());
                    ImageRecord image = imagesById.get(target.imageId());
                    g.writeStartObject();
                    g.writeNumberField("ref_id", refId++);
                    g.writeNumberField("ann_id", annIds.get(target.id()));
                    g.writeNumberField("image_id", imageIds.get(target.imageId()));
                    g.writeNumberField("category_id", categoryIds.get(target.categoryId()));
                    g.writeStringField("split", split);
                    g.writeStringField("file_name", image.fileName());
                    g.writeArrayFieldStart("sent_ids");
                    for (int i = 0; i < ref.getValue().size(); i++) {
                        g.writeNumber(sentId + i);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("sentences");
                    for (ReferringExpression e : ref.getValue()) {
                        List<String> tokens = RefTokens.of(e.text());
                        g.writeStartObject();
                        g.writeNumberField("sent_id", sentId++);
                        g.writeArrayFieldStart("tokens");
                        for (String t : tokens) {
                            g.writeString(t);
                        }
                        g.writeEndArray();
                        g.writeStringField("sent", String.join(" ", tokens));
                        g.writeStringField("raw", e.text());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
        });
        return skipped;
    }

    /** What CocoWriter writes (it leaves points, polylines and arrows out). */
    private static boolean cocoCanHold(Geometry g) {
        return g instanceof Box || g instanceof Polygon || g instanceof Mask || g instanceof Ellipse;
    }

    private static Map<Long, Integer> positions(List<Long> ids) {
        Map<Long, Integer> map = new HashMap<>();
        for (Long id : ids) {
            map.putIfAbsent(id, map.size() + 1);
        }
        return map;
    }
}
