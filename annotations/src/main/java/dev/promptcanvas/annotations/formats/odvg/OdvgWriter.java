package dev.promptcanvas.annotations.formats.odvg;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.formats.support.CodePointOffsets;
import dev.promptcanvas.annotations.formats.support.JsonLinesWriter;
import dev.promptcanvas.annotations.formats.support.JsonNumbers;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes ODVG lines image by image, and the label map when detection lines were written. */
final class OdvgWriter {

    private enum Mode { AUTO, DETECTION, GROUNDING }

    private final WriteOptions options;
    private final Mode mode;

    OdvgWriter(WriteOptions options) {
        this.options = options;
        String m = options.option(OdvgFormat.OPTION_MODE, "auto").toLowerCase(Locale.ROOT);
        this.mode = switch (m) {
            case "auto" -> Mode.AUTO;
            case "detection" -> Mode.DETECTION;
            case "grounding" -> Mode.GROUNDING;
            default -> throw new IllegalArgumentException("option " + OdvgFormat.OPTION_MODE + "=" + m
                    + ": expected auto, detection or grounding");
        };
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        Map<Long, Integer> labels = new HashMap<>();
        List<Category> categories = source.categories();
        for (int i = 0; i < categories.size(); i++) {
            labels.put(categories.get(i).id(), i);
        }
        List<Skipped> skipped = new ArrayList<>();
        int[] counts = new int[2];
        JsonLinesWriter.write(output, records -> {
            for (ImageRecord image : source.images()) {
                ImageContent content = source.content(image);
                Map<Long, Annotation> byId = new HashMap<>();
                content.annotations().forEach(a -> byId.put(a.id(), a));
                boolean grounded = mode == Mode.GROUNDING || (mode == Mode.AUTO && hasGroundedCaption(content, byId));
                if (!grounded) {
                    detection(records.generator(), content, labels, categories, output, skipped);
                    records.endRecord();
                    counts[0]++;
                    continue;
                }
                if (content.captions().isEmpty()) {
                    skipped.add(new Skipped(output, "image " + image.path(), "has no caption; mode=grounding"
                            + " writes no line for it"));
                }
                Set<Long> named = new HashSet<>();
                for (Caption c : content.captions()) {
                    List<GroundedPhrase> phrases = content.phrasesOf(c.id());
                    if (mode == Mode.AUTO && regionsOf(phrases, byId).isEmpty()) {
                        continue;
                    }
                    grounding(records.generator(), content, c, phrases, byId);
                    records.endRecord();
                    counts[1]++;
                    named.addAll(regionsOf(phrases, byId));
                }
                long unnamed = content.annotations().stream().filter(a -> !named.contains(a.id())).count();
                if (unnamed > 0 && !content.captions().isEmpty()) {
                    skipped.add(new Skipped(output, "image " + image.path(), unnamed + " annotations named by no"
                            + " phrase are not in its grounding lines"));
                }
            }
        });
        if (counts[0] > 0 || mode == Mode.DETECTION) {
            writeLabelMap(labelMapPath(output), categories);
        }
        if (counts[0] > 0 && counts[1] > 0) {
            skipped.add(new Skipped(output, null, "holds " + counts[0] + " detection and " + counts[1]
                    + " grounding lines; mmdet/Open-GroundingDino read one mode per file (set mode=)"));
        }
        return skipped;
    }

    private Path labelMapPath(Path output) {
        String option = options.option(OdvgFormat.OPTION_LABEL_MAP);
        return option != null ? Path.of(option) : OdvgFormat.labelMapPathFor(output);
    }

    private static boolean hasGroundedCaption(ImageContent content, Map<Long, Annotation> byId) {
        for (Caption c : content.captions()) {
            if (!regionsOf(content.phrasesOf(c.id()), byId).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Set<Long> regionsOf(List<GroundedPhrase> phrases, Map<Long, Annotation> byId) {
        Set<Long> ids = new HashSet<>();
        for (GroundedPhrase p : phrases) {
            for (Long id : p.annotationIds()) {
                Annotation a = byId.get(id);
                if (a != null && hasArea(a.geometry())) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private void header(JsonGenerator g, ImageRecord image) throws IOException {
        g.writeStartObject();
        g.writeStringField("filename", options.imageName(image));
        g.writeNumberField("height", image.height());
        g.writeNumberField("width", image.width());
    }

    private void detection(JsonGenerator g, ImageContent content, Map<Long, Integer> labels,
                           List<Category> categories, Path output, List<Skipped> skipped) throws IOException {
        header(g, content.image());
        g.writeObjectFieldStart("detection");
        g.writeArrayFieldStart("instances");
        for (Annotation a : content.annotations()) {
            if (!hasArea(a.geometry())) {
                skipped.add(new Skipped(output, "annotation " + a.id(), "a " + a.geometry().kind()
                        + " has no box"));
                continue;
            }
            Integer label = labels.get(a.categoryId());
            if (label == null) {
                throw new IllegalArgumentException("annotation " + a.id() + " refers to category " + a.categoryId()
                        + ", which is not in the export");
            }
            g.writeStartObject();
            g.writeFieldName("bbox");
            xyxy(g, a.geometry().bounds());
            g.writeNumberField("label", label);
            g.writeStringField("category", categories.get(label).name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void grounding(JsonGenerator g, ImageContent content, Caption caption, List<GroundedPhrase> phrases,
                           Map<Long, Annotation> byId) throws IOException {
        String text = caption.text();
        header(g, content.image());
        g.writeObjectFieldStart("grounding");
        g.writeStringField("caption", text);
        g.writeArrayFieldStart("regions");
        for (GroundedPhrase p : phrases) {
            for (Long id : p.annotationIds()) {
                Annotation a = byId.get(id);
                if (a == null || !hasArea(a.geometry())) {
                    continue;
                }
                g.writeStartObject();
                g.writeFieldName("bbox");
                xyxy(g, a.geometry().bounds());
                g.writeStringField("phrase", text.substring(p.start(), p.end()));
                g.writeArrayFieldStart("tokens_positive");
                g.writeStartArray();
                g.writeNumber(CodePointOffsets.toCodePoints(text, p.start()));
                g.writeNumber(CodePointOffsets.toCodePoints(text, p.end()));
                g.writeEndArray();
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void xyxy(JsonGenerator g, Box b) throws IOException {
        JsonNumbers.writeArray(g, new double[] {b.x1(), b.y1(), b.x2(), b.y2()});
    }

    private static void writeLabelMap(Path file, List<Category> categories) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                for (int i = 0; i < categories.size(); i++) {
                    g.writeStringField(Integer.toString(i), categories.get(i).name());
                }
                g.writeEndObject();
            }
        });
    }

    private static boolean hasArea(Geometry g) {
        return g instanceof Box || g instanceof Polygon || g instanceof Mask || g instanceof Ellipse;
    }
}
