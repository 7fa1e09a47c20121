package dev.promptcanvas.annotations.formats.coco;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.util.HashMap;
import java.util.Map;

/** 1-based positions of an export source's images and categories (the ids COCO files carry), checked up front. */
final class SourceIndex {

    private final Map<Long, Integer> imagePositions = new HashMap<>();
    private final Map<Long, Integer> categoryPositions = new HashMap<>();

    SourceIndex(ExportSource source) {
        for (ImageRecord image : source.images()) {
            if (imagePositions.putIfAbsent(image.id(), imagePositions.size() + 1) != null) {
                throw new IllegalArgumentException("dataset has two images with id " + image.id());
            }
        }
        for (Category c : source.categories()) {
            if (categoryPositions.putIfAbsent(c.id(), categoryPositions.size() + 1) != null) {
                throw new IllegalArgumentException("dataset has two categories with id " + c.id());
            }
        }
    }

    int imagePosition(long imageId) {
        return imagePositions.get(imageId);
    }

    /** Checks that the category exists; {@code who} names the referrer in the error. */
    void category(long id, String who) {
        if (!categoryPositions.containsKey(id)) {
            throw new IllegalArgumentException(who + " refers to category " + id + ", which is not in the dataset");
        }
    }

    int categoryPosition(long id) {
        return categoryPositions.get(id);
    }
}
