package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.model.Annotation;

/** A region the model may point at: an existing annotation's id and its shape. */
public record GroundingCandidate(long annotationId, Geometry geometry) {

    public GroundingCandidate {
        if (geometry == null) {
            throw new IllegalArgumentException("grounding candidate " + annotationId + ": geometry is required");
        }
    }

    public static GroundingCandidate of(Annotation a) {
        return new GroundingCandidate(a.id(), a.geometry());
    }
}
