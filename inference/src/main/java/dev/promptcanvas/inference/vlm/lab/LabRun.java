package dev.promptcanvas.inference.vlm.lab;

import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.vlm.task.RegionCaptionResult;
import java.util.Optional;

/**
 * One style's turn in the prompt lab: the answer (null when the call failed) and how long the round trip took, or
 * the failure's message.
 */
public record LabRun(VisualPromptStyle style, RegionCaptionResult result, String error, long latencyMs) {

    public boolean succeeded() {
        return result != null;
    }

    public Optional<String> answer() {
        return result == null ? Optional.empty() : Optional.of(result.rawAnswer());
    }
}
