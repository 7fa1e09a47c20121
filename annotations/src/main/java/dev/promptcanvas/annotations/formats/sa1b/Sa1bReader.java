package dev.promptcanvas.annotations.formats.sa1b;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.InputSizeGuard;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonInput;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
import dev.promptcanvas.annotations.formats.support.Problems;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a folder of SA-1B JSON files (recursively, in path order) or one file: each file is an image, each
 * annotation a Mask of category "object" with its point_coords and predicted_iou kept in a prompt record.
 */
final class Sa1bReader {

    static final String CATEGORY = "object";

    private final Path input;
    private final Problems problems;
    private final List<ImageRecord> images = new ArrayList<>();
    private final Map<String, Path> sources = new HashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<PromptRecord> records = new ArrayList<>();

    Sa1bReader(Path input, ReadOptions options) {
        this.input = input;
        this.problems = new Problems(options.skipInvalid());
    }

    ReadResult read() throws FormatException, IOException {
        if (!Files.exists(input)) {
            throw new FormatException(input, null, "no such file or folder");
        }
        boolean folder = Files.isDirectory(input);
        List<Path> files = folder ? jsonFiles(input) : List.of(input);
        if (files.isEmpty()) {
            throw new FormatException(input, null, "no SA-1B .json files in this folder");
        }
        Path base = (folder ? input : input.toAbsolutePath().getParent()).toAbsolutePath().normalize();
        for (Path file : files) {
            readFile(file, base);
        }
        List<Category> categories = annotations.isEmpty() ? List.of() : List.of(Category.named(CATEGORY).withId(1));
        return new ReadResult(new Dataset(images, categories, annotations, List.of(), List.of(), List.of(), records),
                problems.skipped());
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    private void readFile(Path file, Path base) throws FormatException, IOException {
        InputSizeGuard.check(file);
        JsonNode root;
        JsonParser parser = null;
        try (JsonParser p = JsonInput.open(file)) {
            parser = p;
            root = p.readValueAsTree();
        } catch (JsonProcessingException e) {
            problems.report(file, JsonInput.malformedField(e, parser));
            return;
        }
        Sa1bImage parsed;
        try {
            if (root == null || !root.isObject()) {
                throw new InvalidFieldException(null, "expected an SA-1B object {image, annotations}, got "
                        + JsonNodes.describe(root));
            }
            parsed = Sa1bImage.parseHeader(root);
        } catch (InvalidFieldException e) {
            problems.report(file, e);
            return;
        }
        String path = imagePath(file, base, parsed.fileName());
        Path other = sources.putIfAbsent(path, file);
        if (other != null) {
            problems.report(file, "image.file_name", "image " + path + " is already described by " + other);
            return;
        }
        ImageRecord image = new ImageRecord(images.size() + 1L, path, parsed.width(), parsed.height(), "");
        images.add(image);
        JsonNode list = root.get("annotations");
        for (int i = 0; i < list.size(); i++) {
            try {
                Sa1bImage.Entry e = Sa1bImage.parseAnnotation(list.get(i), "annotations[" + i + "]", parsed);
                add(image, e);
            } catch (InvalidFieldException ex) {
                problems.report(file, ex);
            }
        }
    }

    private void add(ImageRecord image, Sa1bImage.Entry e) {
        Long recordId = null;
        if (!e.points().isEmpty() || e.predictedIou() != null) {
            recordId = records.size() + 1L;
            records.add(new PromptRecord(recordId, image.id(), e.points(), Sa1bFormat.MODEL_ID, "", 0,
                    e.predictedIou(), List.of()));
        }
        annotations.add(new Annotation(annotations.size() + 1L, image.id(), 1, e.mask(), e.predictedIou(), null,
                null, false, e.attributes(), null, recordId));
    }

    /**
     * A bare file name lies beside its JSON (SA-1B's layout): the path is the JSON's folder, relative to the folder
     * read, plus the name. A name with folders is relative to the folder read.
     */
    static String imagePath(Path json, Path base, String fileName) {
        String name = fileName.replace('\\', '/');
        if (name.contains("/")) {
            return name;
        }
        Path folder = json.toAbsolutePath().normalize().getParent();
        String relative = base.relativize(folder).toString().replace('\\', '/');
        return relative.isEmpty() ? name : relative + "/" + name;
    }
}
