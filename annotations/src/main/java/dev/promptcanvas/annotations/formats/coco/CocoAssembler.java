package dev.promptcanvas.annotations.formats.coco;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.LongIndex;
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

    private final Map<Long, Local<RawEntries.Image>> imagesById = new HashMap<>();
    private final Map<String, RawEntries.Image> imagesByName = new HashMap<>();
    private final List<ImageRecord> images = new ArrayList<>();
    private final Map<Long, Local<RawEntries.Category>> categoriesById = new HashMap<>();
    private final Map<String, RawEntries.Category> categoriesByName = new HashMap<>();
    private final List<Category> categories = new ArrayList<>();
    private final LongIndex annotationIndexById = new LongIndex();
    private final List<Pending> pending = new ArrayList<>();
    private final Set<Long> skippedImageIds = new HashSet<>();
    private final Set<Long> skippedCategoryIds = new HashSet<>();
    /** The image of the previous annotation (COCO files usually list an image's annotations together). */
    private Local<RawEntries.Image> lastImage;

    /**
     * An annotation waiting for its category (categories usually come last), with its geometry already built when
     * its image was known - so the raw coordinates need not be kept - or null.
     */
    private record Pending(RawEntries.Annotation raw, Geometry geometry) {
    }

    /** An entry and the local id it was given. */
    private record Local<T>(T entry, long id) {
    }

    CocoAssembler(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    void addImage(RawEntries.Image image) throws InvalidFieldException {
        Local<RawEntries.Image> first = imagesById.get(image.id());
        if (first != null) {
            throw new InvalidFieldException(image.path() + ".id", "duplicate image id " + image.id()
                    + " (also " + first.entry().path() + ")");
        }
        RawEntries.Image sameName = imagesByName.get(image.fileName());
        if (sameName != null) {
            throw new InvalidFieldException(image.path() + ".file_name", "duplicate file_name \"" + image.fileName()
                    + "\" (also " + sameName.path() + ")");
        }
        long local = images.size() + 1L;
        imagesById.put(image.id(), new Local<>(image, local));
        imagesByName.put(image.fileName(), image);
        images.add(new ImageRecord(local, image.fileName().replace('\\', '/'), image.width(), image.height(), ""));
    }

    void addCategory(RawEntries.Category category) throws InvalidFieldException {
        Local<RawEntries.Category> first = categoriesById.get(category.id());
        if (first != null) {
            throw new InvalidFieldException(category.path() + ".id", "duplicate category id " + category.id()
                    + " (also " + first.entry().path() + ")");
        }
        RawEntries.Category sameName = categoriesByName.get(category.name());
        if (sameName != null) {
            throw new InvalidFieldException(category.path() + ".name", "duplicate category name \"" + category.name()
                    + "\" (also " + sameName.path() + ")");
        }
        long local = categories.size() + 1L;
        categoriesById.put(category.id(), new Local<>(category, local));
        categoriesByName.put(category.name(), category);
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
        int first = annotationIndexById.putIfAbsent(annotation.id(), annotation.index());
        if (first >= 0) {
            throw new InvalidFieldException(annotation.path() + ".id", "duplicate annotation id " + annotation.id()
                    + " (also annotations[" + first + "])");
        }
        Geometry geometry = null;
        RawEntries.Annotation kept = annotation;
        if (annotation.caption() == null) {
            Local<RawEntries.Image> image = imagesById.get(annotation.imageId());
            if (image != null) {
                geometry = CocoGeometries.build(annotation, image.entry());
                kept = annotation.withoutShape();
            }
        }
        pending.add(new Pending(kept, geometry));
    }

    /** Resolves the annotations against images and categories, and returns the dataset with what was skipped. */
    ReadResult finish() throws FormatException {
        List<Annotation> annotations = new ArrayList<>(pending.size());
        List<Caption> captions = new ArrayList<>();
        for (Pending entry : pending) {
            RawEntries.Annotation raw = entry.raw();
            try {
                Local<RawEntries.Image> image = lastImage != null && lastImage.entry().id() == raw.imageId()
                        ? lastImage : imagesById.get(raw.imageId());
                lastImage = image;
                if (image == null) {
                    throw new InvalidFieldException(raw.path() + ".image_id", skippedImageIds.contains(raw.imageId())
                            ? "image " + raw.imageId() + " was skipped as invalid"
                            : "no image with id " + raw.imageId() + " in images");
                }
                long imageId = image.id();
                if (raw.caption() != null) {
                    captions.add(new Caption(captions.size() + 1L, imageId, raw.caption(), Source.human()));
                    continue;
                }
                Local<RawEntries.Category> category = categoriesById.get(raw.categoryId());
                if (category == null) {
                    throw new InvalidFieldException(raw.path() + ".category_id",
                            skippedCategoryIds.contains(raw.categoryId())
                                    ? "category " + raw.categoryId() + " was skipped as invalid"
                                    : "no category with id " + raw.categoryId() + " in categories");
                }
                Geometry geometry = entry.geometry() != null ? entry.geometry()
                        : CocoGeometries.build(raw, image.entry());
                annotations.add(new Annotation(annotations.size() + 1L, imageId, category.id(), geometry, raw.score(),
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
