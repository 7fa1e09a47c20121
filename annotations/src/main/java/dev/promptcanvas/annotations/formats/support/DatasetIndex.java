package dev.promptcanvas.annotations.formats.support;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.util.HashMap;
import java.util.Map;

/**
 * A dataset's images and categories by id, with 1-based positions in dataset order (the ids writers emit). Built
 * before anything is written, it refuses a dataset whose references do not hold.
 */
public final class DatasetIndex {

    private final Map<Long, Integer> imagePositions = new HashMap<>();
    private final Map<Long, ImageRecord> images = new HashMap<>();
    private final Map<Long, Integer> categoryPositions = new HashMap<>();
    private final Map<Long, Category> categories = new HashMap<>();

    /** Indexes and checks the dataset: unique ids, every annotation's image and category, every caption's image. */
    public DatasetIndex(Dataset dataset) {
        for (ImageRecord image : dataset.images()) {
            if (imagePositions.putIfAbsent(image.id(), imagePositions.size() + 1) != null) {
                throw new IllegalArgumentException("dataset has two images with id " + image.id());
            }
            images.put(image.id(), image);
        }
        for (Category c : dataset.categories()) {
            if (categoryPositions.putIfAbsent(c.id(), categoryPositions.size() + 1) != null) {
                throw new IllegalArgumentException("dataset has two categories with id " + c.id());
            }
            categories.put(c.id(), c);
        }
        for (Annotation a : dataset.annotations()) {
            image(a.imageId(), "annotation " + a.id());
            category(a.categoryId(), "annotation " + a.id());
        }
        for (Caption c : dataset.captions()) {
            image(c.imageId(), "caption " + c.id());
        }
    }

    /** The image with this id; {@code who} names the referrer in the error. */
    public ImageRecord image(long id, String who) {
        ImageRecord r = images.get(id);
        if (r == null) {
            throw new IllegalArgumentException(who + " refers to image " + id + ", which is not in the dataset");
        }
        return r;
    }

    /** The category with this id; {@code who} names the referrer in the error. */
    public Category category(long id, String who) {
        Category c = categories.get(id);
        if (c == null) {
            throw new IllegalArgumentException(who + " refers to category " + id + ", which is not in the dataset");
        }
        return c;
    }

    /** The image's 1-based position in the dataset. */
    public int imagePosition(long id) {
        return imagePositions.get(id);
    }

    /** The category's 1-based position in the dataset. */
    public int categoryPosition(long id) {
        return categoryPositions.get(id);
    }
}
