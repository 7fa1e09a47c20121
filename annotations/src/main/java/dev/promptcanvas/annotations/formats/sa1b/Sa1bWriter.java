package dev.promptcanvas.annotations.formats.sa1b;

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
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.mask.Masks;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes one SA-1B JSON per image into a folder, laid out like the images' export names. */
final class Sa1bWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final WriteOptions options;
    private final boolean masksOnly;

    Sa1bWriter(WriteOptions options) {
        this.options = options;
        this.masksOnly = options.flag(Sa1bFormat.OPTION_MASKS_ONLY, false);
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IOException(output + ": SA-1B export needs a folder, this is a file");
        }
        Path folder = output.toAbsolutePath().normalize();
        if (options.split() != null) {
            folder = folder.resolve(options.split());
        }
        Map<Path, String> targets = new HashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        long[] nextId = {1};
        int position = 0;
        for (ImageRecord image : source.images()) {
            position++;
            String name = options.imageName(image);
            Path json = jsonPath(folder, name);
            String other = targets.putIfAbsent(json, name);
            if (other != null) {
                throw new IllegalArgumentException("images " + other + " and " + name + " would both be written to "
                        + json);
            }
            ImageContent content = source.content(image);
            int imageId = position;
            AtomicFiles.write(json, out -> {
                try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                    writeImage(g, content, imageId, name, nextId, json, skipped);
                }
            });
        }
        return skipped;
    }

    private void writeImage(JsonGenerator g, ImageContent content, int imageId, String name, long[] nextId,
                            Path json, List<Skipped> skipped) throws IOException {
        ImageRecord image = content.image();
        g.writeStartObject();
        g.writeObjectFieldStart("image");
        g.writeNumberField("image_id", imageId);
        g.writeNumberField("width", image.width());
        g.writeNumberField("height", image.height());
        g.writeStringField("file_name", name);
        g.writeEndObject();
        g.writeArrayFieldStart("annotations");
        for (Annotation a : content.annotations()) {
            String why = why(a.geometry());
            Rle rle = why == null ? Masks.fromGeometry(a.geometry(), image.height(), image.width()) : null;
            if (rle != null && rle.area() == 0) {
                why = "its mask is empty at the image's pixels";
            }
            if (why != null) {
                skipped.add(new Skipped(json, "annotation " + a.id(), why));
                continue;
            }
            PromptRecord record = a.promptRecordId() == null ? null
                    : content.promptRecord(a.promptRecordId()).orElse(null);
            writeAnnotation(g, a, rle, record, nextId[0]++, image);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Why an annotation is not written, or null. */
    private String why(Geometry g) {
        if (!(g instanceof Box || g instanceof Polygon || g instanceof Mask || g instanceof Ellipse)) {
            return "a " + g.kind() + " has no area";
        }
        if (masksOnly && !(g instanceof Mask)) {
            return "a " + g.kind() + " is not a mask (" + Sa1bFormat.OPTION_MASKS_ONLY + "=true)";
        }
        return null;
    }

    private static void writeAnnotation(JsonGenerator g, Annotation a, Rle rle, PromptRecord record, long id,
                                        ImageRecord image) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeObjectFieldStart("segmentation");
        g.writeArrayFieldStart("size");
        g.writeNumber(rle.height());
        g.writeNumber(rle.width());
        g.writeEndArray();
        g.writeStringField("counts", rle.toCompressedString());
        g.writeEndObject();
        g.writeFieldName("bbox");
        JsonNumbers.writeArray(g, rle.bboxXywh());
        g.writeNumberField("area", rle.area());
        Double score = record != null && record.score() != null ? record.score() : a.score();
        g.writeFieldName("predicted_iou");
        JsonNumbers.write(g, score == null ? 1.0 : score);
        g.writeFieldName("stability_score");
        JsonNumbers.write(g, Sa1bAttributes.stability(a));
        g.writeFieldName("crop_box");
        JsonNumbers.writeArray(g, Sa1bAttributes.cropBox(a, image.width(), image.height()));
        g.writeArrayFieldStart("point_coords");
        List<double[]> points = positivePoints(record);
        if (points.isEmpty()) {
            points = List.of(MaskPoints.inside(rle));
        }
        for (double[] p : points) {
            JsonNumbers.writeArray(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static List<double[]> positivePoints(PromptRecord record) {
        List<double[]> points = new ArrayList<>();
        if (record != null) {
            for (Prompt p : record.prompts()) {
                if (p instanceof PointPrompt pt && pt.positive()) {
                    points.add(new double[] {pt.x(), pt.y()});
                }
            }
        }
        return points;
    }

    /** The image's export name with .json, under the folder (its file name alone when the name leaves it). */
    static Path jsonPath(Path folder, String imageName) {
        Path relative = Path.of(imageName.replace('\\', '/')).normalize();
        if (relative.isAbsolute() || relative.startsWith("..") || imageName.startsWith("/")
                || imageName.contains("://")) {
            relative = relative.getFileName();
        }
        String file = relative.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return folder.resolve(relative).resolveSibling((dot > 0 ? file.substring(0, dot) : file) + ".json")
                .normalize();
    }
}
