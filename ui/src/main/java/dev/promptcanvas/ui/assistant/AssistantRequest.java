package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.vlm.task.CoordinateFrame;
import dev.promptcanvas.inference.vlm.task.GroundedCaptionTask;
import dev.promptcanvas.inference.vlm.task.GroundingTask;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one assistant run needs, captured on the FX thread before the work starts (the panel may change
 * afterwards without affecting the run).
 *
 * @param region     REGION_CAPTION: the selected annotation
 * @param candidates FIND_BY_EXPRESSION: the annotations the model picks from
 * @param query      FIND_BY_EXPRESSION / REASONING_SEGMENTATION: the text
 * @param frame      the model's coordinates (index lists, reasoning segmentation)
 */
public record AssistantRequest(AssistantTask task, Path projectDir, ImageRecord image, Annotation region,
                               VisualPromptStyle style, List<Annotation> candidates, GroundingTask.Display display,
                               String query, CoordinateFrame frame, GroundedCaptionTask.Dialect dialect,
                               int maxTokens) {

    public AssistantRequest {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        if (task == null || image == null) {
            throw new IllegalArgumentException("assistant: a task and an image are required");
        }
    }

    /**
     * What is missing for this task, as a message for the person, or null when the request can run.
     */
    public String problem() {
        return switch (task) {
            case REGION_CAPTION -> region == null ? "Select a region first (click an annotation with the select tool)"
                    : style == null ? "Choose a visual-prompt style" : null;
            case FIND_BY_EXPRESSION -> query == null || query.isBlank() ? "Type what to find, e.g. \u201cthe man in"
                    + " red\u201d" : candidates.isEmpty() ? "No candidate regions: this image has no annotations of"
                    + " the chosen label" : null;
            case REASONING_SEGMENTATION -> query == null || query.isBlank() ? "Type a query, e.g. \u201csomething to"
                    + " drink from\u201d" : null;
            case GROUNDED_CAPTION -> null;
        };
    }
}
