package dev.promptcanvas.inference.segment;

import java.util.List;

/**
 * The answer to one set of prompts: every candidate (SAM2 gives three; keep them so the user can cycle), the index
 * of the best one, and the time spent per stage (pre-processing and encoding as recorded in the embedding).
 */
public record SegmentationResult(List<MaskCandidate> candidates, int bestIndex, StageTimings timings) {

    public SegmentationResult {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("segmentation result: no candidate");
        }
        if (bestIndex < 0 || bestIndex >= candidates.size()) {
            throw new IllegalArgumentException("segmentation result: best index " + bestIndex + " out of range");
        }
    }

    public MaskCandidate best() {
        return candidates.get(bestIndex);
    }

    /** Index of the highest score (the first on ties). */
    static int argmax(float[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
