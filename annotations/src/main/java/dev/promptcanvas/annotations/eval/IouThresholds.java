package dev.promptcanvas.annotations.eval;

/**
 * The IoU thresholds 0.50:0.05:0.95 exactly as {@code numpy.arange(0.5, 1.0, 0.05)} produces them:
 * {@code 0.5 + i * ((0.5 + 0.05) - 0.5)} for i = 0..9, so the later ones lie slightly above their decimal names
 * (0.6000000000000001, ..., 0.9500000000000004).
 */
public final class IouThresholds {

    private static final double START = 0.5;
    private static final double STEP = 0.05;
    private static final double STOP = 1.0;

    private IouThresholds() {
    }

    /** The ten thresholds, a fresh array each call. */
    public static double[] values() {
        int n = (int) Math.ceil((STOP - START) / STEP);
        double delta = (START + STEP) - START;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = START + i * delta;
        }
        return t;
    }
}
