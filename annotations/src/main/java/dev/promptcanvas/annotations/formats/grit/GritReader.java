package dev.promptcanvas.annotations.formats.grit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonLinesReader;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads GRIT JSON Lines: records with the same {@code url} are one image; each record is a caption; every distinct
 * box of an image is one Box annotation; each distinct span is one grounded phrase linked to its boxes.
 */
final class GritReader {

    /** The category of imported regions unless named after their phrase. */
    static final String DEFAULT_CATEGORY = "object";

    private final Path file;
    private final boolean phraseCategories;
    private final Problems problems;
    private final Map<String, ImageRecord> images = new LinkedHashMap<>();
    private final Map<Long, Map<List<Double>, Long>> regions = new HashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private final List<GroundedPhrase> phrases = new ArrayList<>();

    GritReader(Path file, ReadOptions options, boolean phraseCategories) {
        this.file = file;
        this.phraseCategories = phraseCategories;
        this.problems = new Problems(options.skipInvalid());
    }

    ReadResult read() throws FormatException, IOException {
        JsonLinesReader.read(file, problems, (line, node) -> record(node));
        Dataset dataset = new Dataset(List.copyOf(images.values()), List.copyOf(categories.values()), annotations,
                captions, phrases, List.of(), List.of());
        return new ReadResult(dataset, problems.skipped());
    }

    private void record(JsonNode node) throws InvalidFieldException {
        String url = JsonNodes.nonBlankText(JsonNodes.required(node, "url", ""), "url");
        int width = JsonNodes.positiveInt(JsonNodes.required(node, "width", ""), "width");
        int height = JsonNodes.positiveInt(JsonNodes.required(node, "height", ""), "height");
        String caption = JsonNodes.text(JsonNodes.required(node, "caption", ""), "caption");
        List<GritTuple> tuples = new ArrayList<>(GritTuple.parseAll(JsonNodes.required(node, "noun_chunks", ""),
                "noun_chunks", caption));
        JsonNode refs = JsonNodes.optional(node, "ref_exps");
        if (refs != null) {
            tuples.addAll(GritTuple.parseAll(refs, "ref_exps", caption));
        }
        ImageRecord image = images.get(url);
        if (image != null && (image.width() != width || image.height() != height)) {
            throw new InvalidFieldException("width", "image " + url + " is " + width + "x" + height + " here but "
                    + image.width() + "x" + image.height() + " on an earlier line");
        }
        if (image == null) {
            image = new ImageRecord(images.size() + 1L, url, width, height, "");
            images.put(url, image);
        }
        commit(image, caption, tuples);
    }

    private void commit(ImageRecord image, String text, List<GritTuple> tuples) {
        long captionId = captions.size() + 1L;
        captions.add(new Caption(captionId, image.id(), text, Source.human()));
        Map<List<Integer>, List<Long>> spans = new LinkedHashMap<>();
        for (GritTuple t : tuples) {
            long region = region(image, t, text.substring(t.start(), t.end()));
            List<Long> ids = spans.computeIfAbsent(List.of(t.start(), t.end()), k -> new ArrayList<>());
            if (!ids.contains(region)) {
                ids.add(region);
            }
        }
        for (Map.Entry<List<Integer>, List<Long>> span : spans.entrySet()) {
            phrases.add(new GroundedPhrase(phrases.size() + 1L, captionId, span.getKey().get(0),
                    span.getKey().get(1), span.getValue()));
        }
    }

    /** The annotation for this box on the image: an earlier one with the same normalised box, else a new one. */
    private long region(ImageRecord image, GritTuple t, String phrase) {
        Map<List<Double>, Long> boxes = regions.computeIfAbsent(image.id(), k -> new HashMap<>());
        List<Double> key = List.of(t.x1(), t.y1(), t.x2(), t.y2());
        Long known = boxes.get(key);
        if (known != null) {
            return known;
        }
        String name = phraseCategories && !phrase.isBlank() ? phrase.strip().toLowerCase(Locale.ROOT)
                : DEFAULT_CATEGORY;
        Category category = categories.computeIfAbsent(name, n -> Category.named(n).withId(categories.size() + 1L));
        Box box = new Box(t.x1() * image.width(), t.y1() * image.height(), t.x2() * image.width(),
                t.y2() * image.height());
        long id = annotations.size() + 1L;
        annotations.add(new Annotation(id, image.id(), category.id(), box, t.score(), Source.human(),
                Review.ACCEPTED, false, Map.of(), null, null));
        boxes.put(key, id);
        return id;
    }
}
