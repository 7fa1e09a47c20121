package dev.promptcanvas.annotations.formats.coco;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.formats.support.DatasetIndex;
import dev.promptcanvas.annotations.formats.support.JsonNumbers;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a dataset as COCO JSON with Jackson's streaming generator. Image, category and annotation ids are
 * 1, 2, 3 ... in the dataset's order. Captions go to {@link CocoFormat#captionsPathFor} unless the dataset holds
 * only images and captions, in which case the output is itself a captions file.
 */
final class CocoWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final CocoSegmentEncoder encoder;

    CocoWriter(WriteOptions options) {
        this.encoder = new CocoSegmentEncoder(options.maskEncoding(), options.polygonTolerance());
    }

    List<Skipped> write(Dataset dataset, Path output) throws IOException {
        DatasetIndex ids = new DatasetIndex(dataset);
        List<Skipped> skipped = new ArrayList<>();
        boolean captionsOnly = dataset.annotations().isEmpty() && dataset.categories().isEmpty()
                && !dataset.captions().isEmpty();
        AtomicFiles.write(output, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                header(g, dataset, ids);
                if (captionsOnly) {
                    captions(g, dataset, ids);
                } else {
                    annotations(g, dataset, ids, output, skipped);
                    categories(g, dataset);
                }
                g.writeEndObject();
            }
        });
        if (!captionsOnly && !dataset.captions().isEmpty()) {
            AtomicFiles.write(CocoFormat.captionsPathFor(output), out -> {
                try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                    g.writeStartObject();
                    header(g, dataset, ids);
                    captions(g, dataset, ids);
                    g.writeEndObject();
                }
            });
        }
        return skipped;
    }

    private static void header(JsonGenerator g, Dataset dataset, DatasetIndex ids) throws IOException {
        g.writeObjectFieldStart("info");
        g.writeStringField("description", "Exported by PromptCanvas");
        g.writeEndObject();
        g.writeArrayFieldStart("licenses");
        g.writeEndArray();
        g.writeArrayFieldStart("images");
        for (ImageRecord image : dataset.images()) {
            g.writeStartObject();
            g.writeNumberField("id", ids.imagePosition(image.id()));
            g.writeStringField("file_name", image.path());
            g.writeNumberField("width", image.width());
            g.writeNumberField("height", image.height());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void annotations(JsonGenerator g, Dataset dataset, DatasetIndex ids, Path output, List<Skipped> skipped)
            throws IOException {
        g.writeArrayFieldStart("annotations");
        int next = 1;
        for (Annotation a : dataset.annotations()) {
            ImageRecord image = ids.image(a.imageId(), "annotation " + a.id());
            CocoSegmentEncoder.Encoded seg;
            try {
                seg = encoder.encode(a.geometry(), image.height(), image.width(), a.crowd());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("annotation " + a.id() + " on image " + image.path() + ": "
                        + e.getMessage(), e);
            }
            if (seg == null) {
                skipped.add(new Skipped(output, "annotation " + a.id(), a.geometry().kind()
                        + " annotations have no COCO instance form"));
                continue;
            }
            g.writeStartObject();
            g.writeNumberField("id", next++);
            g.writeNumberField("image_id", ids.imagePosition(a.imageId()));
            g.writeNumberField("category_id", ids.categoryPosition(a.categoryId()));
            g.writeFieldName("segmentation");
            segmentation(g, seg);
            g.writeNumberField("area", seg.area());
            g.writeFieldName("bbox");
            JsonNumbers.writeArray(g, seg.bbox());
            g.writeNumberField("iscrowd", a.crowd() ? 1 : 0);
            if (a.score() != null) {
                g.writeNumberField("score", a.score());
            }
            if (!a.attributes().isEmpty()) {
                g.writeObjectFieldStart("attributes");
                for (Map.Entry<String, String> e : a.attributes().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void segmentation(JsonGenerator g, CocoSegmentEncoder.Encoded seg) throws IOException {
        if (seg.rle() != null) {
            g.writeStartObject();
            g.writeArrayFieldStart("size");
            g.writeNumber(seg.rle().height());
            g.writeNumber(seg.rle().width());
            g.writeEndArray();
            g.writeStringField("counts", seg.rle().toCompressedString());
            g.writeEndObject();
            return;
        }
        g.writeStartArray();
        for (double[] ring : seg.polygons()) {
            JsonNumbers.writeArray(g, ring);
        }
        g.writeEndArray();
    }

    private static void categories(JsonGenerator g, Dataset dataset) throws IOException {
        g.writeArrayFieldStart("categories");
        int next = 1;
        for (Category c : dataset.categories()) {
            g.writeStartObject();
            g.writeNumberField("id", next++);
            g.writeStringField("name", c.name());
            g.writeStringField("supercategory", c.supercategory() == null ? "" : c.supercategory());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void captions(JsonGenerator g, Dataset dataset, DatasetIndex ids) throws IOException {
        g.writeArrayFieldStart("annotations");
        int next = 1;
        for (Caption c : dataset.captions()) {
            g.writeStartObject();
            g.writeNumberField("id", next++);
            g.writeNumberField("image_id", ids.imagePosition(c.imageId()));
            g.writeStringField("caption", c.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
