package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import java.util.List;

/**
 * A grounded phrase a model proposed: its words, where they are in the suggested caption ([start, end), or -1
 * when the phrase is not in it), and its boxes in image pixels (each a region to create when accepted).
 */
public record PhraseSuggestion(String phrase, int start, int end, List<Box> boxes) {

    public PhraseSuggestion {
        phrase = phrase == null ? "" : phrase;
        boxes = List.copyOf(boxes);
    }

    public boolean inCaption() {
        return start >= 0 && end >= start;
    }

    /** The phrase as stored once its caption and its boxes' annotations exist. */
    public GroundedPhrase toGroundedPhrase(long captionId, List<Long> annotationIds) {
        if (!inCaption()) {
            throw new IllegalStateException("phrase '" + phrase + "' has no span in the caption");
        }
        return new GroundedPhrase(0, captionId, start, end, annotationIds);
    }
}
