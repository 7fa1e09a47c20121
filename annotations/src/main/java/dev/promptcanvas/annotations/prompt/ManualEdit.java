package dev.promptcanvas.annotations.prompt;

import dev.promptcanvas.annotations.geometry.Geometry;

/**
 * A change a person made by hand after a model's answer, kept in the prompt record for auditing.
 *
 * @param operation what was done, e.g. "brush-add", "brush-erase", "move-vertex", "replace"
 * @param geometry the stroke or shape involved, or null
 * @param epochMillis when it happened
 */
public record ManualEdit(String operation, Geometry geometry, long epochMillis) {

    public ManualEdit {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("manual edit: operation is required");
        }
    }
}
