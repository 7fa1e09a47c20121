package dev.promptcanvas.annotations.formats.vipllava;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.formats.support.JsonNumbers;
import dev.promptcanvas.annotations.formats.support.OuterRings;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the ViP-LLaVA instruction JSON array: region-caption records and referring-expression records. */
final class VipLlavaWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final WriteOptions options;

    VipLlavaWriter(WriteOptions options) {
        this.options = options;
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        List<Skipped> skipped = new ArrayList<>();
        AtomicFiles.write(output, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartArray();
                int[] counts = {0, 0};
                for (ImageRecord image : source.images()) {
                    ImageContent content = source.content(image);
                    List<Annotation> regions = content.annotations().stream()
                            .filter(a -> VipLlavaShapes.isRegion(a.geometry())).toList();
                    List<Annotation> captioned = regions.stream().filter(a -> caption(a) != null).toList();
                    if (!captioned.isEmpty()) {
                        List<String[]> turns = new ArrayList<>();
                        for (int i = 0; i < captioned.size(); i++) {
                            turns.add(new String[] {"human", VipLlavaFormat.REGION_QUESTION
                                    .replace("<bbox>", "<bbox" + i + ">")});
                            turns.add(new String[] {"gpt", caption(captioned.get(i))});
                        }
                        record(g, "region-" + ++counts[0], image, captioned, turns);
                    }
                    for (ReferringExpression e : content.expressions()) {
                        List<Integer> indexes = new ArrayList<>();
                        for (long t : e.targetIds()) {
                            int k = indexOf(regions, t);
                            if (k >= 0) {
                                indexes.add(k);
                            }
                        }
                        if (e.isNoTarget() || indexes.size() != e.targetIds().size()) {
                            skipped.add(new Skipped(output, "expression " + e.id(), e.isNoTarget()
                                    ? "no-target expressions have no ViP-LLaVA form"
                                    : "a target is not a region (point, line or arrow)"));
                            continue;
                        }
                        indexes.sort(null);
                        String question = VipLlavaFormat.REFER_QUESTION.replace("[EXPRESSION]", e.text().strip());
                        List<String[]> turns = List.of(new String[] {"human", question},
                                new String[] {"gpt", answer(indexes)});
                        record(g, "ref-" + ++counts[1], image, regions, turns);
                    }
                }
                g.writeEndArray();
            }
        });
        return skipped;
    }

    private void record(JsonGenerator g, String id, ImageRecord image, List<Annotation> regions,
                        List<String[]> turns) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "promptcanvas-" + id);
        g.writeStringField("image", options.imageName(image));
        g.writeArrayFieldStart("bboxes");
        for (Annotation a : regions) {
            Box b = a.geometry().bounds();
            JsonNumbers.writeArray(g, new double[] {b.x1(), b.y1(), b.x2(), b.y2()});
        }
        g.writeEndArray();
        g.writeArrayFieldStart("segmentations");
        for (Annotation a : regions) {
            g.writeStartArray();
            for (double[] ring : OuterRings.of(a.geometry(), options.polygonTolerance())) {
                JsonNumbers.writeArray(g, ring);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conversations");
        for (int i = 0; i < turns.size(); i++) {
            g.writeStartObject();
            g.writeStringField("from", turns.get(i)[0]);
            g.writeStringField("value", (i == 0 ? "<image>\n" : "") + turns.get(i)[1]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** "<bbox2>", "<bbox0> and <bbox3>", "<bbox0>, <bbox1> and <bbox4>". */
    static String answer(List<Integer> indexes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < indexes.size(); i++) {
            if (i > 0) {
                s.append(i == indexes.size() - 1 ? " and " : ", ");
            }
            s.append("<bbox").append(indexes.get(i)).append('>');
        }
        return s.toString();
    }

    private static int indexOf(List<Annotation> regions, long id) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static String caption(Annotation a) {
        String c = a.attributes().get("caption");
        return c == null || c.isBlank() ? null : c.strip();
    }
}
