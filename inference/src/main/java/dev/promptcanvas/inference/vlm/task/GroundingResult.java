package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.inference.encode.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * An index-grounding answer: which candidates the model picked for the query.
 *
 * @param indexes    0-based indexes into the candidate list, in answer order, out-of-range ones dropped
 * @param targetIds  the picked candidates' annotation ids (same order)
 * @param noTarget   the model said explicitly that nothing matches
 * @param expression the referring-expression draft (id 0; targets = targetIds, none for "no target"), absent when
 *                   the answer could not be read
 */
public record GroundingResult(String rawAnswer, String promptText, String imageSha256, List<Integer> indexes,
                              List<Long> targetIds, boolean noTarget, ReferringExpression expression, Source source,
                              List<Diagnostic> diagnostics, TaskTimings timings) {

    public GroundingResult {
        indexes = List.copyOf(indexes);
        targetIds = List.copyOf(targetIds);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<ReferringExpression> suggestion() {
        return Optional.ofNullable(expression);
    }
}
