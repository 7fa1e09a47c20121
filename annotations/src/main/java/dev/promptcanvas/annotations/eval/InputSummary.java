package dev.promptcanvas.annotations.eval;

import java.util.List;

/**
 * How the two files paired up; RexSeek ignores these facts silently, we report them.
 *
 * @param gtItems             GT lines
 * @param predictionLines     prediction lines
 * @param evaluatedItems      non-rejection GT items scored
 * @param missingPredictions  GT lines whose id has no prediction line (scored as {@code []})
 * @param missingSample       up to 10 of those ids
 * @param unknownPredictions  prediction lines whose id is not in the GT (ignored)
 * @param unknownSample       up to 10 of those ids
 * @param repeatedPredictions prediction lines whose id came earlier in the file (the last line counts)
 * @param modeLine            the prediction line whose first entry decided box or point mode; 0 if none had one
 */
public record InputSummary(int gtItems, int predictionLines, int evaluatedItems, int missingPredictions,
        List<String> missingSample, int unknownPredictions, List<String> unknownSample, int repeatedPredictions,
        int modeLine) {

    public InputSummary {
        missingSample = List.copyOf(missingSample);
        unknownSample = List.copyOf(unknownSample);
    }
}
