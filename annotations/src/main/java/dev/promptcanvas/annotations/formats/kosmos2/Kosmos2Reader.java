package dev.promptcanvas.annotations.formats.kosmos2;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.ImageHeaderSizes;
import dev.promptcanvas.annotations.formats.support.InputSizeGuard;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonLinesReader;
import dev.promptcanvas.annotations.formats.support.Problems;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code image<TAB>markup} lines: lines naming the same image are one image (its size read from the file's
 * header, under the image root); each line is a caption; each distinct token pair of an image is one Box
 * annotation of category "object".
 */
final class Kosmos2Reader {

    private final Path file;
    private final Path root;
    private final Problems problems;
    private final Map<String, ImageRecord> images = new LinkedHashMap<>();
    private final Map<Long, Map<List<Integer>, Long>> regions = new HashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private final List<GroundedPhrase> phrases = new ArrayList<>();

    Kosmos2Reader(Path file, ReadOptions options) {
        this.file = file;
        this.root = (options.imageRoot() != null ? options.imageRoot()
                : file.toAbsolutePath().getParent()).toAbsolutePath().normalize();
        this.problems = new Problems(options.skipInvalid());
    }

    ReadResult read() throws FormatException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new FormatException(file, null, Files.isDirectory(file) ? "is a folder; expected one text file"
                    : "no such file");
        }
        InputSizeGuard.check(file);
        int lines = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                try {
                    line(line);
                } catch (InvalidFieldException e) {
                    problems.report(file, JsonLinesReader.at(number, e.field()), e.reason());
                }
            }
        } catch (CharacterCodingException e) {
            throw new FormatException(file, null, "is not UTF-8 text", e);
        }
        if (lines == 0) {
            throw new FormatException(file, null, "has no lines (the file is empty)");
        }
        List<Category> categories = annotations.isEmpty() ? List.of() : List.of(Category.named("object").withId(1));
        return new ReadResult(new Dataset(List.copyOf(images.values()), categories, annotations, captions, phrases,
                List.of(), List.of()), problems.skipped());
    }

    private void line(String line) throws InvalidFieldException, IOException {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw new InvalidFieldException("image", "expected IMAGE<TAB>TEXT, found no tab");
        }
        String path = line.substring(0, tab).strip().replace('\\', '/');
        if (path.isEmpty()) {
            throw new InvalidFieldException("image", "is empty");
        }
        GroundedText grounded = Kosmos2Markup.parse(line.substring(tab + 1), "text");
        ImageRecord image = images.get(path);
        if (image == null) {
            Path imageFile = root.resolve(path).normalize();
            ImageHeaderSizes.Size size = Files.isRegularFile(imageFile) ? ImageHeaderSizes.read(imageFile) : null;
            if (size == null) {
                throw new InvalidFieldException("image", "cannot read the size of " + imageFile + " (KOSMOS-2 lines"
                        + " carry no image size: the image must be there, as PNG, JPEG, GIF, BMP or WebP)");
            }
            image = new ImageRecord(images.size() + 1L, path, size.width(), size.height(), "");
            images.put(path, image);
        }
        commit(image, grounded);
    }

    private void commit(ImageRecord image, GroundedText grounded) {
        long captionId = captions.size() + 1L;
        captions.add(new Caption(captionId, image.id(), grounded.text(), Source.human()));
        Map<List<Integer>, Long> known = regions.computeIfAbsent(image.id(), k -> new HashMap<>());
        for (GroundedText.Phrase p : grounded.phrases()) {
            List<Long> ids = new ArrayList<>();
            for (int[] tokens : p.boxes()) {
                long id = known.computeIfAbsent(List.of(tokens[0], tokens[1]), k -> newRegion(image, tokens));
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            phrases.add(new GroundedPhrase(phrases.size() + 1L, captionId, p.start(), p.end(), ids));
        }
    }

    private long newRegion(ImageRecord image, int[] tokens) {
        double[] b = PatchTokens.toBox(tokens[0], tokens[1]);
        long id = annotations.size() + 1L;
        annotations.add(new Annotation(id, image.id(), 1, new Box(b[0] * image.width(), b[1] * image.height(),
                b[2] * image.width(), b[3] * image.height()), null, Source.human(), Review.ACCEPTED, false,
                Map.of(), null, null));
        return id;
    }
}
