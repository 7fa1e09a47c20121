package dev.promptcanvas.annotations.model;

import dev.promptcanvas.annotations.geometry.Geometry;
import java.util.Map;
import java.util.TreeMap;

/**
 * A labelled region of an image.
 *
 * @param id project-wide id (0 before it is stored)
 * @param imageId the image
 * @param categoryId the label
 * @param geometry the shape, in image pixels
 * @param score a model's confidence, or null for people's work
 * @param source who made it
 * @param review whether a person accepted it (model suggestions start as SUGGESTED)
 * @param crowd COCO's iscrowd
 * @param attributes free key/value attributes (LabelMe flags, description, group id, ...)
 * @param parentId the whole this is a part of, or null
 * @param promptRecordId the prompts that made it, or null
 */
public record Annotation(long id, long imageId, long categoryId, Geometry geometry, Double score, Source source,
                         Review review, boolean crowd, Map<String, String> attributes, Long parentId,
                         Long promptRecordId) {

    public Annotation {
        if (geometry == null) {
            throw new IllegalArgumentException("annotation: geometry is required");
        }
        if (score != null && !Double.isFinite(score)) {
            throw new IllegalArgumentException("annotation: score is not a finite number");
        }
        source = source == null ? Source.human() : source;
        review = review == null ? Review.ACCEPTED : review;
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
    }

    /** A person-made, accepted annotation with no extras. */
    public static Annotation of(long imageId, long categoryId, Geometry geometry) {
        return new Annotation(0, imageId, categoryId, geometry, null, Source.human(), Review.ACCEPTED, false,
                Map.of(), null, null);
    }

    public Annotation withId(long newId) {
        return new Annotation(newId, imageId, categoryId, geometry, score, source, review, crowd, attributes,
                parentId, promptRecordId);
    }

    public Annotation withGeometry(Geometry g) {
        return new Annotation(id, imageId, categoryId, g, score, source, review, crowd, attributes, parentId,
                promptRecordId);
    }

    public Annotation withCategory(long newCategoryId) {
        return new Annotation(id, imageId, newCategoryId, geometry, score, source, review, crowd, attributes,
                parentId, promptRecordId);
    }

    public Annotation withReview(Review r) {
        return new Annotation(id, imageId, categoryId, geometry, score, source, r, crowd, attributes, parentId,
                promptRecordId);
    }
}
