package dev.promptcanvas.annotations.formats.yolo;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.Problems;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.File;
import dev.promptcanvas.annotations.formats.support.ImageHeaderSizes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a YOLO dataset from its data.yaml (or a folder holding one): every image of every split, the label file
 * Ultralytics would pair with it, and the image size from the image's header.
 */
final class YoloReader {

    static final Set<String> IMAGE_EXTENSIONS = Set.of("bmp", "jpg", "jpeg", "png", "webp", "gif");

    private final Path input;
    private final ReadOptions options;
    private final Problems problems;

    YoloReader(Path input, ReadOptions options) {
        this.input = input;
        this.options = options;
        this.problems = new Problems(options.skipInvalid());
    }

    ReadResult read() throws IOException, FormatException {
        Path yamlFile = findYaml(input);
        YoloDataYaml yaml = YoloDataYaml.read(yamlFile);
        Path yamlDir = yamlFile.toAbsolutePath().normalize().getParent();
        Path root = yamlDir;
        if (yaml.path() != null && !yaml.path().isBlank()) {
            Path p = yamlDir.resolve(yaml.path()).normalize();
            if (Files.isDirectory(p)) {
                root = p;
            }
        }
        Set<Path> imageFiles = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> split : yaml.splits().entrySet()) {
            for (String entry : split.getValue()) {
                imageFiles.addAll(images(yamlFile, split.getKey(), root.resolve(entry).normalize()));
            }
        }
        Path imageRoot = (options.imageRoot() != null ? options.imageRoot() : yamlDir).toAbsolutePath().normalize();
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < yaml.names().size(); i++) {
            categories.add(new Category(i + 1, yaml.names().get(i), null, null, null));
        }
        YoloLineParser parser = new YoloLineParser(yaml.names().size());
        List<ImageRecord> images = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        for (Path file : imageFiles) {
            int[] size;
            try {
                ImageHeaderSizes.Size header = ImageHeaderSizes.read(file);
                if (header == null) {
                    throw new IOException("not a PNG, JPEG, GIF, BMP or WebP image, or its header is cut short");
                }
                size = new int[] {header.width(), header.height()};
            } catch (IOException e) {
                problems.report(file, "image header", e.getMessage());
                continue;
            }
            long imageId = images.size() + 1L;
            List<Annotation> own = labels(labelFile(file), parser, imageId, size);
            if (own == null) {
                continue;
            }
            images.add(new ImageRecord(imageId, relative(imageRoot, file), size[0], size[1], ""));
            for (Annotation a : own) {
                annotations.add(a.withId(annotations.size() + 1L));
            }
        }
        return new ReadResult(Dataset.of(images, categories, annotations), problems.skipped());
    }

    /** The annotations of one label file (none when it does not exist), or null when the image is to be left out. */
    private List<Annotation> labels(Path labelFile, YoloLineParser parser, long imageId, int[] size)
            throws IOException, FormatException {
        List<Annotation> out = new ArrayList<>();
        if (!Files.isRegularFile(labelFile)) {
            return out;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(labelFile, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            problems.report(labelFile, null, "not a UTF-8 text file");
            return null;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                YoloLineParser.Label label = parser.parse(line, i + 1, size[0], size[1]);
                out.add(Annotation.of(imageId, label.classId() + 1L, label.geometry()));
            } catch (InvalidFieldException e) {
                problems.report(labelFile, e);
            }
        }
        return out;
    }

    /** Ultralytics' rule: the last "/images/" of the image path becomes "/labels/", the extension ".txt". */
    static Path labelFile(Path image) {
        String path = image.toString();
        String sep = File.separator;
        String marker = sep + "images" + sep;
        int at = path.lastIndexOf(marker);
        if (at >= 0) {
            path = path.substring(0, at) + sep + "labels" + sep + path.substring(at + marker.length());
        }
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf(sep);
        return Path.of((dot > slash ? path.substring(0, dot) : path) + ".txt");
    }

    private List<Path> images(Path yamlFile, String split, Path entry) throws IOException, FormatException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> walk = Files.walk(entry)) {
                return walk.filter(Files::isRegularFile).filter(YoloReader::isImage).sorted().toList();
            }
        }
        if (Files.isRegularFile(entry) && entry.toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            List<Path> files = new ArrayList<>();
            Path parent = entry.getParent();
            for (String line : Files.readAllLines(entry, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (!s.isEmpty()) {
                    files.add(parent.resolve(s.startsWith("./") ? s.substring(2) : s).normalize());
                }
            }
            return files;
        }
        throw new FormatException(yamlFile, split, "no image folder or list file at " + entry);
    }

    private static boolean isImage(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Path findYaml(Path input) throws IOException, FormatException {
        if (Files.isRegularFile(input)) {
            return input;
        }
        if (!Files.isDirectory(input)) {
            throw new FormatException(input, null, "no such file or folder");
        }
        Path data = input.resolve("data.yaml");
        if (Files.isRegularFile(data)) {
            return data;
        }
        try (Stream<Path> list = Files.list(input)) {
            List<Path> yamls = list.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".yaml") || n.endsWith(".yml");
            }).toList();
            if (yamls.size() == 1) {
                return yamls.get(0);
            }
        }
        throw new FormatException(input, "data.yaml", "missing: a YOLO folder needs one data.yaml");
    }

    private static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(root)) {
            return root.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString().replace('\\', '/');
    }
}
