package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeded random grounded-caption datasets for the grounding formats' tests: captions made of words, some of them
 * (never overlapping) phrases linked to one or two regions; words include accents and emoji so that spans in code
 * points and in UTF-16 units differ.
 */
public final class GroundedDatasets {

    private static final String[] WORDS = {"a", "dog", "café", "runs", "near", "the", "red", "car", "😀", "über",
        "two", "people", "sit", "on", "bench", "naïve", "🚲", "bike", "and", "tree"};

    private GroundedDatasets() {
    }

    /**
     * Images of random sizes, each with regions (fractional boxes, polygons and masks, all with scores) and one to
     * three captions whose phrases name one or two regions of the image.
     */
    public static Dataset random(long seed, boolean boxesOnly) {
        RandomDatasets random = new RandomDatasets(seed);
        List<ImageRecord> images = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        List<GroundedPhrase> phrases = new ArrayList<>();
        List<Category> categories = List.of(new Category(1, "object", null, null, null));
        int imageCount = 2 + random.random().nextInt(3);
        for (int i = 1; i <= imageCount; i++) {
            int w = 20 + random.random().nextInt(300);
            int h = 20 + random.random().nextInt(300);
            ImageRecord image = new ImageRecord(i, "photos/img_" + i + ".jpg", w, h, "");
            images.add(image);
            List<Long> regions = new ArrayList<>();
            int regionCount = 1 + random.random().nextInt(5);
            for (int r = 0; r < regionCount; r++) {
                Geometry g = boxesOnly || r % 3 == 0 ? random.box(w, h)
                        : r % 3 == 1 ? random.polygon(w, h) : random.mask(w, h);
                double score = Math.round(random.random().nextDouble() * 1000) / 1000.0;
                long id = annotations.size() + 1L;
                annotations.add(new Annotation(id, i, 1, g, score, Source.human(), Review.ACCEPTED, false,
                        Map.of(), null, null));
                regions.add(id);
            }
            int captionCount = 1 + random.random().nextInt(3);
            for (int c = 0; c < captionCount; c++) {
                long captionId = captions.size() + 1L;
                StringBuilder text = new StringBuilder();
                List<GroundedPhrase> mine = new ArrayList<>();
                int words = 3 + random.random().nextInt(10);
                for (int k = 0; k < words; k++) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    boolean phrase = random.random().nextInt(3) == 0;
                    int start = text.length();
                    text.append(WORDS[random.random().nextInt(WORDS.length)]);
                    if (phrase) {
                        text.append(' ').append(WORDS[random.random().nextInt(WORDS.length)]);
                        List<Long> linked = new ArrayList<>();
                        linked.add(regions.get(random.random().nextInt(regions.size())));
                        long second = regions.get(random.random().nextInt(regions.size()));
                        if (random.random().nextBoolean() && !linked.contains(second)) {
                            linked.add(second);
                        }
                        mine.add(new GroundedPhrase(phrases.size() + mine.size() + 1L, captionId, start,
                                text.length(), linked));
                    }
                }
                captions.add(new Caption(captionId, i, text.toString(), Source.human()));
                phrases.addAll(mine);
            }
        }
        return new Dataset(images, categories, annotations, captions, phrases, List.of(), List.of());
    }

    /** The bounding box of an annotation of the dataset. */
    public static Box boundsOf(Dataset d, long annotationId) {
        return d.annotations().stream().filter(a -> a.id() == annotationId).findFirst().orElseThrow()
                .geometry().bounds();
    }
}
