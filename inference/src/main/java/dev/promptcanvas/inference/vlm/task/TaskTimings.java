package dev.promptcanvas.inference.vlm.task;

/**
 * Where a task's time went, in milliseconds.
 *
 * @param renderMs  drawing the visual prompt and encoding the image
 * @param requestMs the model call, retries included
 * @param parseMs   reading the answer
 * @param segmentMs encoding and decoding with the segmenter (reasoning segmentation only, else 0)
 */
public record TaskTimings(long renderMs, long requestMs, long parseMs, long segmentMs) {

    public long totalMs() {
        return renderMs + requestMs + parseMs + segmentMs;
    }

    static long since(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
