package dev.promptcanvas.annotations.formats.coco;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.Problems;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the entries of a COCO file in any order, checks ids and references (duplicates, unknown or skipped
 * images and categories) and builds the dataset with local ids 1, 2, 3 ... in file order.
 */
final class CocoAssembler {

    private final Path file;
    private final Problems problems;

    private final Map<Long, RawEntries.Image> imagesById = new HashMap<>();
    private final Map<String, RawEntries.Image> imagesByName = new HashMap<>();
    private final Map<Long, Long> localImageIds = new HashMap<>();
    private final List<ImageRecord> images = new ArrayList<>();
    private final Map<Long, RawEntries.Category> categoriesById = new HashMap<>();
    private final Map<String, RawEntries.Category> categoriesByName = new HashMap<>();
    private final Map<Long, Long> localCategoryIds = new HashMap<>();
    private final List<Category> categories = new ArrayList<>();
    private final Map<Long, Integer> annotationIndexById = new HashMap<>();
    private final List<RawEntries.Annotation> pending = new ArrayList<>();
    private final Set<Long> skippedImageIds = new HashSet<>();
    private final Set<Long> skippedCategoryIds = new HashSet<>();

    CocoAssembler(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    void addImage(RawEntries.Image image) throws InvalidFieldException {
        RawEntries.Image first = imagesById.get(image.id());
        if (first != null) {
            throw new InvalidFieldException(image.path() + ".id", "duplicate image id " + image.id()
                    + " (also " + first.path() + ")");
        }
        RawEntries.Image sameName = imagesByName.get(image.fileName());
        if (sameName != null) {
            throw new InvalidFieldException(image.path() + ".file_name", "duplicate file_name \"" + image.fileName()
                    + "\" (also " + sameName.path() + ")");
        }
        imagesById.put(image.id(), image);
        imagesByName.put(image.fileName(), image);
        long local = images.size() + 1L;
        localImageIds.put(image.id(), local);
        images.add(new ImageRecord(local, image.fileName().replace('\\', '/'), image.width(), image.height(), ""));
    }

    void addCategory(RawEntries.Category category) throws InvalidFieldException {
        RawEntries.Category first = categoriesById.get(category.id());
        if (first != null) {
            throw new InvalidFieldException(category.path() + ".id", "duplicate category id " + category.id()
                    + " (also " + first.path() + ")");
        }
        RawEntries.Category sameName = categoriesByName.get(category.name());
        if (sameName != null) {
            throw new InvalidFieldException(category.path() + ".name", "duplicate category name \"" + category.name()
                    + "\" (also " + sameName.path() + ")");
        }
        categoriesById.put(category.id(), category);
        categoriesByName.put(category.name(), category);
        long local = categories.size() + 1L;
        localCategoryIds.put(category.id(), local);
        String supercategory = category.supercategory() == null || category.supercategory().isEmpty()
                ? null : category.supercategory();
        categories.add(new Category(local, category.name(), null, null, supercategory));
    }

    /** Notes that an image entry with this id (null: unreadable id) was skipped as invalid. */
    void imageSkipped(Long id) {
        if (id != null && !imagesById.containsKey(id)) {
            skippedImageIds.add(id);
        }
    }

    /** Notes that a category entry with this id (null: unreadable id) was skipped as invalid. */
    void categorySkipped(Long id) {
        if (id != null && !categoriesById.containsKey(id)) {
            skippedCategoryIds.add(id);
        }
    }

    void addAnnotation(RawEntries.Annotation annotation) throws InvalidFieldException {
        Integer first = annotationIndexById.putIfAbsent(annotation.id(), annotation.index());
        if (first != null) {
            throw new InvalidFieldException(annotation.path() + ".id", "duplicate annotation id " + annotation.id()
                    + " (also annotations[" + first + "])");
        }
        pending.add(annotation);
    }

    /** Resolves the annotations against images and categories, and returns the dataset with what was skipped. */
    ReadResult finish() throws FormatException {
        List<Annotation> annotations = new ArrayList<>(pending.size());
        List<Caption> captions = new ArrayList<>();
        for (RawEntries.Annotation raw : pending) {
            try {
                RawEntries.Image image = imagesById.get(raw.imageId());
                if (image == null) {
                    throw new InvalidFieldException(raw.path() + ".image_id", skippedImageIds.contains(raw.imageId())
                            ? "image " + raw.imageId() + " was skipped as invalid"
                            : "no image with id " + raw.imageId() + " in images");
                }
                long imageId = localImageIds.get(raw.imageId());
                if (raw.caption() != null) {
                    captions.add(new Caption(captions.size() + 1L, imageId, raw.caption(), Source.human()));
                    continue;
                }
                Long categoryId = localCategoryIds.get(raw.categoryId());
                if (categoryId == null) {
                    throw new InvalidFieldException(raw.path() + ".category_id",
                            skippedCategoryIds.contains(raw.categoryId())
                                    ? "category " + raw.categoryId() + " was skipped as invalid"
                                    : "no category with id " + raw.categoryId() + " in categories");
                }
                Geometry geometry = CocoGeometries.build(raw, image);
                annotations.add(new Annotation(annotations.size() + 1L, imageId, categoryId, geometry, raw.score(),
                        Source.human(), Review.ACCEPTED, raw.crowd(), raw.attributes(), null, null));
            } catch (InvalidFieldException e) {
                problems.report(file, e);
            }
        }
        pending.clear();
        Dataset dataset = new Dataset(images, categories, annotations, captions, List.of(), List.of(), List.of());
        return new ReadResult(dataset, problems.skipped());
    }
}
