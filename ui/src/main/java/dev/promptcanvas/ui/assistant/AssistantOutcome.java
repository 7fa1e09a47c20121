package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.vlm.task.TaskTimings;
import java.util.List;
import java.util.Locale;

/**
 * What one assistant run produced: the suggestions (possibly none), what was sent and answered, what was noticed
 * about the answer and where the time went.
 *
 * @param thinking the model's reasoning text, "" when none
 */
public record AssistantOutcome(AssistantTask task, List<Suggestion> suggestions, String promptText, String rawAnswer,
                               String thinking, List<Diagnostic> diagnostics, TaskTimings timings) {

    public AssistantOutcome {
        suggestions = List.copyOf(suggestions);
        diagnostics = List.copyOf(diagnostics);
        thinking = thinking == null ? "" : thinking;
    }

    /** "render 12 ms · request 840 ms · parse 1 ms" (segment only when it ran). */
    public String timingText() {
        String s = String.format(Locale.ROOT, "render %d ms \u00b7 request %d ms \u00b7 parse %d ms",
                timings.renderMs(), timings.requestMs(), timings.parseMs());
        return timings.segmentMs() > 0 ? s + String.format(Locale.ROOT, " \u00b7 segment %d ms", timings.segmentMs())
                : s;
    }
}
