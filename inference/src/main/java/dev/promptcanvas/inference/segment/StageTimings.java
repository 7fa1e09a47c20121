package dev.promptcanvas.inference.segment;

/**
 * Milliseconds spent in each stage of segmenting: image pre-processing, encoder, decoder (prompt encoding
 * included) and post-processing (upsampling, thresholding, RLE).
 */
public record StageTimings(double preprocessMs, double encodeMs, double decodeMs, double postprocessMs) {

    /** All zero. */
    public static final StageTimings ZERO = new StageTimings(0, 0, 0, 0);

    public double totalMs() {
        return preprocessMs + encodeMs + decodeMs + postprocessMs;
    }

    /** Stage by stage sum. */
    public StageTimings plus(StageTimings o) {
        return new StageTimings(preprocessMs + o.preprocessMs, encodeMs + o.encodeMs, decodeMs + o.decodeMs,
                postprocessMs + o.postprocessMs);
    }

    static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
