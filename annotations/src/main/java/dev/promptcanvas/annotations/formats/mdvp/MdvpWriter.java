package dev.promptcanvas.annotations.formats.mdvp;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.formats.support.JsonNumbers;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes MDVP/SPHINX-V records: per image, its captioned regions in groups of at most ten prompts. */
final class MdvpWriter {

    /** MDVP's limit of visual prompts per record. */
    static final int MAX_PROMPTS = 10;

    private static final JsonFactory JSON = new JsonFactory();

    private final WriteOptions options;
    private final boolean points;

    MdvpWriter(WriteOptions options) {
        this.options = options;
        String prompt = options.option(MdvpFormat.PROMPT, "box").toLowerCase(Locale.ROOT);
        if (!prompt.equals("box") && !prompt.equals("point")) {
            throw new IllegalArgumentException("option prompt=" + prompt + ": expected box or point");
        }
        this.points = prompt.equals("point");
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        List<Skipped> skipped = new ArrayList<>();
        AtomicFiles.write(output, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartArray();
                int n = 0;
                for (ImageRecord image : source.images()) {
                    ImageContent content = source.content(image);
                    List<Annotation> captioned = new ArrayList<>();
                    for (Annotation a : content.annotations()) {
                        if (caption(a) == null) {
                            continue;
                        }
                        if (isRegion(a.geometry()) || points && a.geometry() instanceof Point) {
                            captioned.add(a);
                        } else {
                            skipped.add(new Skipped(output, "annotation " + a.id(), "a " + a.geometry().kind()
                                    + " cannot be an MDVP " + (points ? "point" : "box") + " prompt"));
                        }
                    }
                    for (int from = 0; from < captioned.size(); from += MAX_PROMPTS) {
                        List<Annotation> group = captioned.subList(from, Math.min(captioned.size(),
                                from + MAX_PROMPTS));
                        record(g, ++n, image, group);
                    }
                }
                g.writeEndArray();
            }
        });
        return skipped;
    }

    private void record(JsonGenerator g, int n, ImageRecord image, List<Annotation> regions) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "promptcanvas-" + n);
        g.writeStringField("image", options.imageName(image));
        g.writeArrayFieldStart(points ? "points" : "bbox");
        for (Annotation a : regions) {
            if (points) {
                Point p = a.geometry() instanceof Point pt ? pt
                        : InteriorPoint.of(a.geometry(), image.width(), image.height());
                JsonNumbers.writeArray(g, new double[] {p.x(), p.y()});
            } else {
                Box b = a.geometry().bounds();
                JsonNumbers.writeArray(g, new double[] {b.x1(), b.y1(), b.width(), b.height()});
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conversations");
        for (int i = 0; i < regions.size(); i++) {
            g.writeStartObject();
            g.writeStringField("from", "human");
            g.writeStringField("value", (i == 0 ? "<image>\n" : "")
                    + MdvpFormat.QUESTION.replace("<Region>", "<Region " + (i + 1) + ">"));
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("from", "gpt");
            g.writeStringField("value", caption(regions.get(i)));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static boolean isRegion(Geometry g) {
        return g instanceof Box || g instanceof Polygon || g instanceof Ellipse || g instanceof Mask m && m.area() > 0;
    }

    private static String caption(Annotation a) {
        String c = a.attributes().get("caption");
        return c == null || c.isBlank() ? null : c.strip();
    }
}
