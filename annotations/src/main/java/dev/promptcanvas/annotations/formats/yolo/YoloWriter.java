package dev.promptcanvas.annotations.formats.yolo;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one split of a YOLO dataset: {@code images/<split>/NAME}, {@code labels/<split>/STEM.txt} and
 * {@code data.yaml}. NAME is the image's file name, or, when two images of the split share a file name, their
 * dataset-relative paths with '/' turned into "__".
 */
final class YoloWriter {

    /** How images get next to their labels. */
    enum ImageMode { COPY, LINK }

    private final WriteOptions options;
    private final YoloLineEncoder encoder;
    private final ImageMode mode;

    YoloWriter(WriteOptions options) {
        this.options = options;
        this.encoder = new YoloLineEncoder(YoloTask.parse(options.option(YoloFormat.TASK, "detect")),
                options.polygonTolerance());
        String images = options.option(YoloFormat.IMAGES, "copy").toLowerCase(Locale.ROOT);
        this.mode = switch (images) {
            case "copy" -> ImageMode.COPY;
            case "link" -> ImageMode.LINK;
            default -> throw new IllegalArgumentException("option images=" + images + ": expected copy or link");
        };
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        Path folder = output.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(output + ": YOLO export needs a folder, this is a file");
        }
        String split = options.split() == null ? "train" : options.split();
        Map<Long, Integer> classIds = new HashMap<>();
        for (Category c : source.categories()) {
            classIds.putIfAbsent(c.id(), classIds.size());
        }
        Map<Long, String> names = fileNames(source.images());
        Path imageDir = folder.resolve("images").resolve(split);
        Path labelDir = folder.resolve("labels").resolve(split);
        Files.createDirectories(imageDir);
        Files.createDirectories(labelDir);
        List<Skipped> skipped = new ArrayList<>();
        for (ImageRecord image : source.images()) {
            String name = names.get(image.id());
            Path label = labelDir.resolve(stem(name) + ".txt");
            place(image, imageDir.resolve(name));
            ImageContent content = source.content(image);
            StringBuilder text = new StringBuilder();
            for (Annotation a : content.annotations()) {
                Integer classId = classIds.get(a.categoryId());
                if (classId == null) {
                    throw new IllegalArgumentException("annotation " + a.id() + " refers to category "
                            + a.categoryId() + ", which is not among the export's categories");
                }
                List<String> lines = encoder.lines(classId, a.geometry(), image.width(), image.height());
                if (lines.isEmpty()) {
                    skipped.add(new Skipped(label, "annotation " + a.id(), "a " + a.geometry().kind()
                            + " with no area inside the image has no YOLO form"));
                }
                for (String line : lines) {
                    text.append(line).append('\n');
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(label, out -> out.write(bytes));
        }
        writeDataYaml(folder, source.categories(), split);
        return skipped;
    }

    private void place(ImageRecord image, Path target) throws IOException {
        Path file = options.imageFile(image);
        if (Files.exists(target) && Files.exists(file) && Files.isSameFile(file, target)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": image " + image.path() + " not found; YOLO needs the image file beside "
                    + "its labels");
        }
        Files.createDirectories(target.getParent());
        if (mode == ImageMode.COPY) {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.createSymbolicLink(target, file.toAbsolutePath());
        }
    }

    /** Each image's file name in images/<split>/: its own name, or its whole path where names clash. */
    static Map<Long, String> fileNames(List<ImageRecord> images) {
        Map<String, Integer> counts = new HashMap<>();
        for (ImageRecord image : images) {
            counts.merge(image.fileName(), 1, Integer::sum);
        }
        Map<Long, String> names = new LinkedHashMap<>();
        Map<String, ImageRecord> taken = new HashMap<>();
        for (ImageRecord image : images) {
            String name = counts.get(image.fileName()) == 1 ? image.fileName()
                    : image.path().replace('\\', '/').replaceAll("^/+", "").replace("../", "").replace("/", "__");
            ImageRecord other = taken.putIfAbsent(name.toLowerCase(Locale.ROOT), image);
            if (other != null) {
                throw new IllegalArgumentException("images " + other.path() + " and " + image.path()
                        + " would both be written as " + name);
            }
            names.put(image.id(), name);
        }
        return names;
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** data.yaml naming every split of the export; without splits, val reuses the train images. */
    private void writeDataYaml(Path folder, List<Category> categories, String split) throws IOException {
        List<String> splits = options.splits().isEmpty() ? List.of(split) : options.splits();
        StringBuilder yaml = new StringBuilder("# YOLO dataset written by PromptCanvas\n");
        yaml.append("path: ").append(YoloDataYaml.quote(folder.toString())).append('\n');
        Map<String, String> keys = new LinkedHashMap<>();
        for (String s : splits) {
            keys.putIfAbsent(yamlKey(s), "images/" + s);
        }
        keys.putIfAbsent("val", keys.getOrDefault("train", "images/" + splits.get(0)));
        for (Map.Entry<String, String> e : keys.entrySet()) {
            yaml.append(e.getKey()).append(": ").append(YoloDataYaml.quote(e.getValue())).append('\n');
        }
        yaml.append("nc: ").append(categories.size()).append('\n');
        yaml.append("names:\n");
        for (int i = 0; i < categories.size(); i++) {
            yaml.append("  ").append(i).append(": ").append(YoloDataYaml.quote(categories.get(i).name())).append('\n');
        }
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve("data.yaml"), out -> out.write(bytes));
    }

    /** Ultralytics' key for a split name: valid/validation → val; others as they are. */
    private static String yamlKey(String split) {
        String s = split.toLowerCase(Locale.ROOT);
        return s.equals("valid") || s.equals("validation") ? "val" : s;
    }
}
