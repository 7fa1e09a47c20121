package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.inference.encode.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * A grounded caption suggestion: the caption draft (id 0, source = the model), its grounded phrases with boxes in
 * image pixels, what was noticed and how long it took. {@code caption} is null when the answer held no text.
 */
public record GroundedCaptionResult(String rawAnswer, String promptText, GroundedCaptionTask.Dialect dialect,
                                    Caption caption, List<PhraseSuggestion> phrases, Source source,
                                    List<Diagnostic> diagnostics, TaskTimings timings) {

    public GroundedCaptionResult {
        phrases = List.copyOf(phrases);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Caption> captionSuggestion() {
        return Optional.ofNullable(caption);
    }
}
