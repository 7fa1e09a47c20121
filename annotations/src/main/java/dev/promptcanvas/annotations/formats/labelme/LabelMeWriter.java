package dev.promptcanvas.annotations.formats.labelme;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.formats.support.DatasetIndex;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Dataset;
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
 * {@code imageData} null and {@code imagePath} relative to the JSON (the image itself is looked up under
 * {@link WriteOptions#projectDir()}, else under the output folder). Images without annotations get a file too.
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

    List<Skipped> write(Dataset dataset, Path output) throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IOException(output + ": LabelMe export needs a folder, this is a file");
        }
        Path folder = output.toAbsolutePath().normalize();
        DatasetIndex index = new DatasetIndex(dataset);
        Map<Long, List<Annotation>> byImage = new HashMap<>();
        for (Annotation a : dataset.annotations()) {
            byImage.computeIfAbsent(a.imageId(), id -> new ArrayList<>()).add(a);
        }
        Map<Path, ImageRecord> targets = new LinkedHashMap<>();
        for (ImageRecord image : dataset.images()) {
            Path json = jsonPath(folder, image);
            ImageRecord other = targets.putIfAbsent(json, image);
            if (other != null) {
                throw new IllegalArgumentException("images " + other.path() + " and " + image.path()
                        + " would both be written to " + json);
            }
        }
        Path imageBase = (options.projectDir() != null ? options.projectDir() : folder).toAbsolutePath().normalize();
        List<Skipped> skipped = new ArrayList<>();
        for (Map.Entry<Path, ImageRecord> target : targets.entrySet()) {
            ImageRecord image = target.getValue();
            List<Annotation> annotations = byImage.getOrDefault(image.id(), List.of());
            Path json = target.getKey();
            String imagePath = relativeImagePath(json, imageBase.resolve(image.path()).normalize());
            AtomicFiles.write(json, out -> {
                try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                    g.setPrettyPrinter(PRETTY);
                    writeFile(g, image, imagePath, annotations, index, json, skipped);
                }
            });
        }
        skipNonShapes(dataset, folder, skipped);
        return skipped;
    }

    private void writeFile(JsonGenerator g, ImageRecord image, String imagePath, List<Annotation> annotations,
                           DatasetIndex index, Path json, List<Skipped> skipped) throws IOException {
        g.writeStartObject();
        g.writeStringField("version", VERSION);
        g.writeObjectFieldStart("flags");
        g.writeEndObject();
        g.writeArrayFieldStart("shapes");
        GroupIds groups = new GroupIds(annotations);
        for (Annotation a : annotations) {
            String label = index.category(a.categoryId(), "annotation " + a.id()).name();
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

    private static void skipNonShapes(Dataset dataset, Path folder, List<Skipped> skipped) {
        if (!dataset.captions().isEmpty()) {
            skipped.add(new Skipped(folder, "captions", dataset.captions().size()
                    + " captions: LabelMe has no image-level text"));
        }
        if (!dataset.phrases().isEmpty()) {
            skipped.add(new Skipped(folder, "phrases", dataset.phrases().size()
                    + " grounded phrases: LabelMe has no captions"));
        }
        if (!dataset.expressions().isEmpty()) {
            skipped.add(new Skipped(folder, "expressions", dataset.expressions().size()
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
