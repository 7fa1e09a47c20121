package dev.promptcanvas.annotations.formats.labelme;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one LabelMe JSON per image into an output folder: the image's path with {@code .json} (absolute image
 * paths, and paths leading out of the folder, use the file name alone), {@code version} "5.1.1",
 * {@code imageData} null and {@code imagePath} relative to the JSON (the image itself is where the options' image
 * paths put it, else under the output folder). Images without annotations get a file too. Streams image by image.
 */
final class LabelMeWriter {

    /** The LabelMe version written into every file (Debian's labelme, which the export is checked against). */
    static final String VERSION = "5.1.1";

    private static final JsonFactory JSON = new JsonFactory();

    /** Two-space indents and {@code "key": value}, as LabelMe's own {@code json.dump(..., indent=2)}. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final WriteOptions options;
    private final LabelMeShapeWriter shapes;

    LabelMeWriter(WriteOptions options) {
        this.options = options;
        this.shapes = new LabelMeShapeWriter(options);
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IOException(output + ": LabelMe export needs a folder, this is a file");
        }
        Path folder = output.toAbsolutePath().normalize();
        Map<Long, Category> categories = new HashMap<>();
        for (Category c : source.categories()) {
            categories.put(c.id(), c);
        }
        Map<Path, ImageRecord> targets = new LinkedHashMap<>();
        for (ImageRecord image : source.images()) {
            Path json = jsonPath(folder, image);
            ImageRecord other = targets.putIfAbsent(json, image);
            if (other != null) {
                throw new IllegalArgumentException("images " + other.path() + " and " + image.path()
                        + " would both be written to " + json);
            }
        }
        List<Skipped> skipped = new ArrayList<>();
        long[] textCounts = new long[3];
        for (Map.Entry<Path, ImageRecord> target : targets.entrySet()) {
            ImageContent content = source.content(target.getValue());
            textCounts[0] += content.captions().size();
            textCounts[1] += content.phrases().size();
            textCounts[2] += content.expressions().size();
            Path json = target.getKey();
            String imagePath = relativeImagePath(json, imageFile(folder, content.image()));
            AtomicFiles.write(json, out -> {
                try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                    g.setPrettyPrinter(PRETTY);
                    writeFile(g, content, imagePath, categories, json, skipped);
                }
            });
        }
        skipNonShapes(textCounts, folder, skipped);
        return skipped;
    }

    /** The image on disk: where the export's image paths put it; without a project folder, under the output. */
    private Path imageFile(Path folder, ImageRecord image) {
        return options.projectDir() != null ? options.imageFile(image) : folder.resolve(image.path()).normalize();
    }

    private void writeFile(JsonGenerator g, ImageContent content, String imagePath, Map<Long, Category> categories,
                           Path json, List<Skipped> skipped) throws IOException {
        ImageRecord image = content.image();
        List<Annotation> annotations = content.annotations();
        g.writeStartObject();
        g.writeStringField("version", VERSION);
        g.writeObjectFieldStart("flags");
        g.writeEndObject();
        g.writeArrayFieldStart("shapes");
        GroupIds groups = new GroupIds(annotations);
        for (Annotation a : annotations) {
            Category category = categories.get(a.categoryId());
            if (category == null) {
                throw new IllegalArgumentException("annotation " + a.id() + " refers to category " + a.categoryId()
                        + ", which is not in the dataset");
            }
            String label = category.name();
            if (!shapes.write(g, a, label, image.height(), image.width(), groups::next)) {
                skipped.add(new Skipped(json, "annotation " + a.id(), "the mask is empty; LabelMe cannot store it"));
            }
        }
        g.writeEndArray();
        g.writeStringField("imagePath", imagePath);
        g.writeNullField("imageData");
        g.writeNumberField("imageHeight", image.height());
        g.writeNumberField("imageWidth", image.width());
        g.writeEndObject();
    }

    private static void skipNonShapes(long[] counts, Path folder, List<Skipped> skipped) {
        if (counts[0] > 0) {
            skipped.add(new Skipped(folder, "captions", counts[0] + " captions: LabelMe has no image-level text"));
        }
        if (counts[1] > 0) {
            skipped.add(new Skipped(folder, "phrases", counts[1] + " grounded phrases: LabelMe has no captions"));
        }
        if (counts[2] > 0) {
            skipped.add(new Skipped(folder, "expressions", counts[2]
                    + " referring expressions: LabelMe has no image-level text"));
        }
    }

    /** Where an image's JSON goes: its relative path with .json, or its file name when that would leave the folder. */
    static Path jsonPath(Path folder, ImageRecord image) {
        String path = image.path();
        Path relative = Path.of(path).normalize();
        if (relative.isAbsolute() || relative.startsWith("..") || path.startsWith("/")) {
            relative = Path.of(image.fileName());
        }
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String json = (dot > 0 ? name.substring(0, dot) : name) + ".json";
        return folder.resolve(relative).resolveSibling(json).normalize();
    }

    private static String relativeImagePath(Path json, Path image) {
        try {
            return json.getParent().relativize(image).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return image.toString().replace('\\', '/');
        }
    }

    /** Fresh group ids for multi-part polygons, above every numeric group id already used in the file. */
    private static final class GroupIds {
        private int next;

        GroupIds(List<Annotation> annotations) {
            int max = 0;
            for (Annotation a : annotations) {
                String g = a.attributes().get(LabelMeShapes.GROUP_ID);
                if (g != null && g.matches("-?\\d{1,9}")) {
                    max = Math.max(max, Integer.parseInt(g));
                }
            }
            next = max + 1;
        }

        int next() {
            return next++;
        }
    }
}
