package dev.promptcanvas.annotations.formats.humanref;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.JsonLinesWriter;
import dev.promptcanvas.annotations.formats.support.JsonNumbers;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.mask.Masks;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes one HumanRef line per referring expression, image by image: the ground-truth form ({@code id,
 * image_name, referring, domain, sub_domain, candidate_boxes, answer_boxes, answer_segmentations}) or the
 * predictions form ({@code id, extracted_predictions}: the expression's targets).
 */
final class HumanRefWriter {

    private final WriteOptions options;
    private final boolean predictions;

    HumanRefWriter(WriteOptions options, boolean predictions) {
        this.options = options;
        this.predictions = predictions;
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        Long candidateCategory = predictions ? null : candidateCategory(source.categories());
        List<Skipped> skipped = new ArrayList<>();
        JsonLinesWriter.write(output, records -> {
            for (ImageRecord image : source.images()) {
                ImageContent content = source.content(image);
                for (ReferringExpression e : content.expressions()) {
                    List<Annotation> targets = targets(content, e, output, skipped);
                    if (targets == null) {
                        continue;
                    }
                    JsonGenerator g = records.generator();
                    if (predictions) {
                        prediction(g, e, targets);
                    } else {
                        groundTruth(g, content, e, targets, candidates(content, targets, candidateCategory));
                    }
                    records.endRecord();
                }
            }
        });
        return skipped;
    }

    /** The category whose annotations are the candidates: the option's, else "person" if any, else null. */
    private Long candidateCategory(List<Category> categories) {
        String wanted = options.option(HumanRefFormat.OPTION_CANDIDATES);
        String name = wanted == null ? HumanRefReader.CATEGORY : wanted;
        for (Category c : categories) {
            if (c.name().equals(name) || (wanted == null && c.name().toLowerCase(Locale.ROOT).equals(name))) {
                return c.id();
            }
        }
        if (wanted != null) {
            throw new IllegalArgumentException("option " + HumanRefFormat.OPTION_CANDIDATES + "=" + wanted
                    + ": no such category");
        }
        return null;
    }

    /** The expression's target annotations, or null (listed) when one has no area. */
    private static List<Annotation> targets(ImageContent content, ReferringExpression e, Path output,
                                            List<Skipped> skipped) {
        List<Annotation> targets = new ArrayList<>();
        for (Long id : e.targetIds()) {
            Annotation a = content.annotation(id).orElse(null);
            if (a == null) {
                skipped.add(new Skipped(output, "expression " + e.id(), "target " + id + " is not exported;"
                        + " the expression is written without it"));
            } else if (!hasArea(a.geometry())) {
                skipped.add(new Skipped(output, "expression " + e.id(), "target " + id + " is a "
                        + a.geometry().kind() + ", which has no box; the expression is left out"));
                return null;
            } else {
                targets.add(a);
            }
        }
        return targets;
    }

    private static List<Annotation> candidates(ImageContent content, List<Annotation> targets, Long category) {
        Set<Long> categories = new HashSet<>();
        if (category != null) {
            categories.add(category);
        } else {
            targets.forEach(t -> categories.add(t.categoryId()));
        }
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : content.annotations()) {
            if (hasArea(a.geometry()) && (categories.isEmpty() || categories.contains(a.categoryId()))) {
                out.add(a);
            }
        }
        for (Annotation t : targets) {
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private void groundTruth(JsonGenerator g, ImageContent content, ReferringExpression e, List<Annotation> targets,
                             List<Annotation> candidates) throws IOException {
        ImageRecord image = content.image();
        String[] domain = HumanRefDomains.split(e.domain(), targets.isEmpty());
        g.writeStartObject();
        g.writeNumberField("id", e.id());
        g.writeStringField("image_name", options.imageName(image));
        g.writeStringField("referring", e.text());
        g.writeStringField("domain", domain[0]);
        g.writeStringField("sub_domain", domain[1]);
        boxes(g, "candidate_boxes", candidates);
        boxes(g, "answer_boxes", targets);
        g.writeArrayFieldStart("answer_segmentations");
        for (Annotation t : targets) {
            Rle rle = Masks.fromGeometry(t.geometry(), image.height(), image.width());
            g.writeStartObject();
            g.writeArrayFieldStart("size");
            g.writeNumber(rle.height());
            g.writeNumber(rle.width());
            g.writeEndArray();
            g.writeStringField("counts", rle.toCompressedString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void prediction(JsonGenerator g, ReferringExpression e, List<Annotation> targets)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", e.id());
        boxes(g, "extracted_predictions", targets);
        g.writeEndObject();
    }

    private static void boxes(JsonGenerator g, String field, List<Annotation> annotations) throws IOException {
        g.writeArrayFieldStart(field);
        for (Annotation a : annotations) {
            Box b = a.geometry().bounds();
            JsonNumbers.writeArray(g, new double[] {b.x1(), b.y1(), b.x2(), b.y2()});
        }
        g.writeEndArray();
    }

    static boolean hasArea(Geometry g) {
        return g instanceof Box || g instanceof Polygon || g instanceof Mask || g instanceof Ellipse;
    }
}
