package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import dev.promptcanvas.inference.encode.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * A reasoning-segmentation answer: the box and points the model gave (in image pixels, clipped or dropped when
 * outside), the segmenter prompts made of them, and, when a segmenter ran, the mask candidate to preview.
 *
 * @param thinking     the model's {@code <think>} text ("" when none)
 * @param box          the box, or null
 * @param points       the points kept
 * @param prompts      box then positive points, ready for {@code Segmenter.decode}
 * @param mask         the best mask, or null (no segmenter, or nothing to segment)
 * @param score        the mask's score, or null
 * @param promptRecord the provenance draft for the mask (id 0; the segmenter's model id, the prompts, the chosen
 *                     candidate and score), or null without a mask
 * @param source       the VLM that proposed the box and points
 */
public record ReasoningResult(String rawAnswer, String promptText, String query, String thinking, Box box,
                              List<Point> points, List<Prompt> prompts, Mask mask, Double score,
                              PromptRecord promptRecord, Source source, List<Diagnostic> diagnostics,
                              TaskTimings timings) {

    public ReasoningResult {
        points = List.copyOf(points);
        prompts = List.copyOf(prompts);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Mask> maskSuggestion() {
        return Optional.ofNullable(mask);
    }
}
