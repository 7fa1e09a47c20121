package dev.promptcanvas.annotations.formats.humanref;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.ImageBounds;
import dev.promptcanvas.annotations.formats.support.ImageHeaderSizes;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonLinesReader;
import dev.promptcanvas.annotations.formats.support.Problems;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns HumanRef ground truth into a dataset: images by {@code image_name}, candidate boxes as "person" Box
 * annotations (identical boxes of an image once), answers as the candidates with the same box or as new
 * annotations (the answer's mask when given), one referring expression per record.
 */
final class HumanRefReader {

    static final String CATEGORY = "person";

    private final Path file;
    private final Path root;
    private final Problems problems;
    private final Map<String, ImageRecord> images = new LinkedHashMap<>();
    private final Map<Long, Map<Box, Long>> candidates = new HashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<ReferringExpression> expressions = new ArrayList<>();

    HumanRefReader(Path file, ReadOptions options) {
        this.file = file;
        this.root = (options.imageRoot() != null ? options.imageRoot()
                : file.toAbsolutePath().getParent()).toAbsolutePath().normalize();
        this.problems = new Problems(options.skipInvalid());
    }

    ReadResult read() throws FormatException, IOException {
        List<HumanRefRecord> records = HumanRefGroundTruth.read(file, problems);
        Map<String, int[]> sizes = sizes(records);
        for (HumanRefRecord r : records) {
            int[] size = sizes.get(r.imageName());
            try {
                if (size == null) {
                    throw new InvalidFieldException("image_name", "the size of " + r.imageName() + " is unknown: no"
                            + " answer_segmentations give it and " + root.resolve(r.imageName())
                            + " is not a readable PNG, JPEG, GIF, BMP or WebP");
                }
                if (!r.answerMasks().isEmpty() && (r.answerMasks().get(0).width() != size[0]
                        || r.answerMasks().get(0).height() != size[1])) {
                    throw new InvalidFieldException("answer_segmentations[0].size", "image " + r.imageName()
                            + " is " + size[0] + "x" + size[1] + " by its other records");
                }
                add(r, size[0], size[1]);
            } catch (InvalidFieldException e) {
                problems.report(file, JsonLinesReader.at(r.line(), e.field()), e.reason());
            }
        }
        List<Category> categories = annotations.isEmpty() ? List.of() : List.of(Category.named(CATEGORY).withId(1));
        return new ReadResult(new Dataset(List.copyOf(images.values()), categories, annotations, List.of(), List.of(),
                expressions, List.of()), problems.skipped());
    }

    /** Width and height per image name: the first mask's size, else the image file's header. */
    private Map<String, int[]> sizes(List<HumanRefRecord> records) throws IOException {
        Map<String, int[]> sizes = new HashMap<>();
        for (HumanRefRecord r : records) {
            if (!r.answerMasks().isEmpty() && !sizes.containsKey(r.imageName())) {
                Rle m = r.answerMasks().get(0);
                sizes.put(r.imageName(), new int[] {m.width(), m.height()});
            }
        }
        for (HumanRefRecord r : records) {
            if (!sizes.containsKey(r.imageName())) {
                Path image = root.resolve(r.imageName()).normalize();
                ImageHeaderSizes.Size s = Files.isRegularFile(image) ? ImageHeaderSizes.read(image) : null;
                sizes.put(r.imageName(), s == null ? null : new int[] {s.width(), s.height()});
            }
        }
        return sizes;
    }

    /** Adds one record; nothing is added when any of its boxes is unusable. */
    private void add(HumanRefRecord r, int width, int height) throws InvalidFieldException {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < r.candidates().size(); i++) {
            boxes.add((Box) ImageBounds.fit(r.candidates().get(i), width, height, "candidate_boxes[" + i + "]"));
        }
        List<Box> answers = new ArrayList<>();
        for (int i = 0; i < r.answers().size(); i++) {
            answers.add((Box) ImageBounds.fit(r.answers().get(i), width, height, "answer_boxes[" + i + "]"));
        }
        ImageRecord image = images.computeIfAbsent(r.imageName(),
                name -> new ImageRecord(images.size() + 1L, name, width, height, ""));
        Map<Box, Long> known = candidates.computeIfAbsent(image.id(), k -> new HashMap<>());
        for (Box b : boxes) {
            known.computeIfAbsent(b, k -> newAnnotation(image, k));
        }
        List<Long> targets = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Long match = known.get(answers.get(i));
            if (match == null) {
                Geometry g = r.answerMasks().isEmpty() ? answers.get(i) : new Mask(r.answerMasks().get(i));
                match = newAnnotation(image, g);
            }
            if (!targets.contains(match)) {
                targets.add(match);
            }
        }
        expressions.add(new ReferringExpression(expressions.size() + 1L, image.id(), r.referring(), targets,
                HumanRefDomains.join(r.domain(), r.subDomain())));
    }

    private long newAnnotation(ImageRecord image, Geometry g) {
        long id = annotations.size() + 1L;
        annotations.add(Annotation.of(image.id(), 1, g).withId(id));
        return id;
    }
}
