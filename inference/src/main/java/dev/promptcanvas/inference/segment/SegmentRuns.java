package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.prompt.Prompt;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Runs encode + decode once to warm up, then {@code repeat} timed times (what {@code segment --repeat N} does). */
public final class SegmentRuns {

    /** The last run's result and every timed run's per-stage timings. */
    public record Outcome(SegmentationResult result, List<StageTimings> timings) {
    }

    private SegmentRuns() {
    }

    /**
     * @param segmenter should have no embedding cache, or the encoder would be timed only once
     * @param repeat number of timed runs, at least 1
     */
    public static Outcome run(Segmenter segmenter, BufferedImage image, String imageHash, List<Prompt> prompts,
                              int repeat) {
        if (repeat < 1) {
            throw new IllegalArgumentException("--repeat " + repeat + ": must be at least 1");
        }
        SegmentationResult last = segmenter.decode(segmenter.encode(image, imageHash), prompts, null);
        List<StageTimings> timings = new ArrayList<>(repeat);
        for (int i = 0; i < repeat; i++) {
            ImageEmbedding e = segmenter.encode(image, imageHash);
            last = segmenter.decode(e, prompts, null);
            timings.add(last.timings());
        }
        return new Outcome(last, timings);
    }
}
