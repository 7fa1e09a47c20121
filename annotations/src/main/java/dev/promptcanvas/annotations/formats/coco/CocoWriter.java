package dev.promptcanvas.annotations.formats.coco;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.support.JsonNumbers;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a dataset as COCO JSON with Jackson's streaming generator, one image's content at a time. Image and
 * category ids are 1, 2, 3 ... in the source's order; annotation ids are 1, 2, 3 ... in the order written (image by
 * image, each image's annotations in source order; annotations COCO cannot hold take no id). Captions go to
 * {@link CocoFormat#captionsPathFor} unless the source has no categories, in which case the output is itself a
 * captions file.
 */
final class CocoWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final CocoSegmentEncoder encoder;
    private final WriteOptions options;

    CocoWriter(WriteOptions options) {
        this.encoder = new CocoSegmentEncoder(options.maskEncoding(), options.polygonTolerance());
        this.options = options;
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        SourceIndex ids = new SourceIndex(source);
        List<Skipped> skipped = new ArrayList<>();
        boolean captionsOnly = source.categories().isEmpty();
        Path captionsPath = CocoFormat.captionsPathFor(output);
        int[] captionCount = {0};
        AtomicFiles.write(output, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                header(g, source, ids);
                if (captionsOnly) {
                    g.writeArrayFieldStart("annotations");
                    int next = 1;
                    for (ImageRecord image : source.images()) {
                        next = captions(g, source.content(image), ids, next);
                    }
                    g.writeEndArray();
                } else {
                    Path tmp = Files.createTempFile(captionsPath.toAbsolutePath().getParent(),
                            "." + captionsPath.getFileName(), ".part");
                    try {
                        try (JsonGenerator c = JSON.createGenerator(
                                new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), JsonEncoding.UTF8)) {
                            c.writeStartObject();
                            header(c, source, ids);
                            c.writeArrayFieldStart("annotations");
                            g.writeArrayFieldStart("annotations");
                            int nextAnnotation = 1;
                            int nextCaption = 1;
                            for (ImageRecord image : source.images()) {
                                ImageContent content = source.content(image);
                                nextAnnotation = annotations(g, content, ids, nextAnnotation, output, skipped);
                                nextCaption = captions(c, content, ids, nextCaption);
                            }
                            g.writeEndArray();
                            c.writeEndArray();
                            c.writeEndObject();
                            captionCount[0] = nextCaption - 1;
                        }
                        categories(g, source);
                        if (captionCount[0] > 0) {
                            AtomicFiles.write(captionsPath, o -> Files.copy(tmp, o));
                        }
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
                g.writeEndObject();
            }
        });
        return skipped;
    }

    private void header(JsonGenerator g, ExportSource source, SourceIndex ids) throws IOException {
        g.writeObjectFieldStart("info");
        g.writeStringField("description", "Exported by PromptCanvas");
        g.writeEndObject();
        g.writeArrayFieldStart("licenses");
        g.writeEndArray();
        g.writeArrayFieldStart("images");
        for (ImageRecord image : source.images()) {
            g.writeStartObject();
            g.writeNumberField("id", ids.imagePosition(image.id()));
            g.writeStringField("file_name", options.imageName(image));
            g.writeNumberField("width", image.width());
            g.writeNumberField("height", image.height());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private int annotations(JsonGenerator g, ImageContent content, SourceIndex ids, int first, Path output,
                            List<Skipped> skipped) throws IOException {
        int next = first;
        ImageRecord image = content.image();
        for (Annotation a : content.annotations()) {
            ids.category(a.categoryId(), "annotation " + a.id());
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
            g.writeNumberField("image_id", ids.imagePosition(image.id()));
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
        return next;
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

    private static void categories(JsonGenerator g, ExportSource source) throws IOException {
        g.writeArrayFieldStart("categories");
        int next = 1;
        for (Category c : source.categories()) {
            g.writeStartObject();
            g.writeNumberField("id", next++);
            g.writeStringField("name", c.name());
            g.writeStringField("supercategory", c.supercategory() == null ? "" : c.supercategory());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static int captions(JsonGenerator g, ImageContent content, SourceIndex ids, int first)
            throws IOException {
        int next = first;
        for (Caption c : content.captions()) {
            g.writeStartObject();
            g.writeNumberField("id", next++);
            g.writeNumberField("image_id", ids.imagePosition(content.image().id()));
            g.writeStringField("caption", c.text());
            g.writeEndObject();
        }
        return next;
    }
}
