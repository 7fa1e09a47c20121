package dev.promptcanvas.annotations.formats.labelme;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.InputSizeGuard;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.Problems;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a folder of LabelMe JSON files (searched recursively, in path order) or a single file. Each file is one
 * image; each shape one annotation; labels become categories in order of first use.
 */
final class LabelMeReader {

    private final Path input;
    private final ReadOptions options;
    private final Problems problems;
    private final List<ImageRecord> images = new ArrayList<>();
    private final Map<String, Path> imageSources = new HashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();

    LabelMeReader(Path input, ReadOptions options) {
        this.input = input;
        this.options = options;
        this.problems = new Problems(options.skipInvalid());
    }

    ReadResult read() throws FormatException, IOException {
        if (!Files.exists(input)) {
            throw new FormatException(input, null, "no such file or folder");
        }
        boolean folder = Files.isDirectory(input);
        List<Path> files = folder ? jsonFiles(input) : List.of(input);
        if (files.isEmpty()) {
            throw new FormatException(input, null, "no LabelMe .json files in this folder");
        }
        Path base = (options.imageRoot() != null ? options.imageRoot()
                : folder ? input : input.toAbsolutePath().getParent()).toAbsolutePath().normalize();
        for (Path file : files) {
            readFile(file, base);
        }
        Dataset dataset = Dataset.of(images, List.copyOf(categories.values()), annotations);
        return new ReadResult(dataset, problems.skipped());
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
        LabelMeFile content;
        try {
            content = LabelMeFile.read(file);
        } catch (InvalidFieldException e) {
            problems.report(file, e);
            return;
        }
        String path = imagePath(file, content.imagePath(), base);
        Path other = imageSources.putIfAbsent(path, file);
        if (other != null) {
            problems.report(file, "imagePath", "image " + path + " is already described by " + other);
            return;
        }
        long imageId = images.size() + 1L;
        images.add(new ImageRecord(imageId, path, content.imageWidth(), content.imageHeight(), ""));
        List<JsonNode> shapes = content.shapes();
        for (int i = 0; i < shapes.size(); i++) {
            try {
                LabelMeShapes.Parsed shape = LabelMeShapes.parse(shapes.get(i), "shapes[" + i + "]",
                        content.imageWidth(), content.imageHeight());
                Category category = categories.computeIfAbsent(shape.label(),
                        name -> Category.named(name).withId(categories.size() + 1L));
                annotations.add(new Annotation(annotations.size() + 1L, imageId, category.id(), shape.geometry(),
                        shape.score(), Source.human(), Review.ACCEPTED, false, shape.attributes(), null, null));
            } catch (InvalidFieldException e) {
                problems.report(file, e);
            }
        }
    }

    /**
     * The image's path for the dataset: {@code imagePath} resolved against the JSON's folder, then made relative
     * to {@code base} (the image root, else the folder read); absolute when the image lies outside it.
     */
    static String imagePath(Path jsonFile, String imagePath, Path base) {
        Path image = jsonFile.toAbsolutePath().getParent().resolve(imagePath.replace('\\', '/')).normalize();
        Path relative;
        try {
            relative = base.relativize(image);
        } catch (IllegalArgumentException e) {
            return image.toString().replace('\\', '/');
        }
        if (relative.startsWith("..") || relative.isAbsolute()) {
            return image.toString().replace('\\', '/');
        }
        return relative.toString().replace('\\', '/');
    }
}
