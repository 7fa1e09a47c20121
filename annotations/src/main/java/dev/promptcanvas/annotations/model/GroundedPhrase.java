package dev.promptcanvas.annotations.model;

import java.util.List;

/**
 * A span of a caption linked to the regions it names; {@code caption.text().substring(start, end)} is the phrase.
 *
 * @param start 0-based character offset, inclusive
 * @param end character offset, exclusive
 */
public record GroundedPhrase(long id, long captionId, int start, int end, List<Long> annotationIds) {

    public GroundedPhrase {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("grounded phrase: span [" + start + ", " + end + ") is invalid");
        }
        annotationIds = annotationIds == null ? List.of() : List.copyOf(annotationIds);
    }

    public GroundedPhrase withId(long newId) {
        return new GroundedPhrase(newId, captionId, start, end, annotationIds);
    }
}
