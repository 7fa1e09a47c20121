package dev.promptcanvas.annotations.eval;

/**
 * RexSeek's density-aware F1: F1 times {@code min(1, (gt / persons) / (pred / persons))}, 0 when precision and
 * recall are both 0, when there are no candidate persons or no predictions.
 */
public final class DensityF1 {

    private DensityF1() {
    }

    /** DensityF1 of one item, with the same floating-point operations as {@code calculate_density_f1}. */
    public static double of(double precision, double recall, int gtCount, int predCount, int persons) {
        if (precision + recall == 0) {
            return 0.0;
        }
        double f1 = 2 * (precision * recall) / (precision + recall);
        double gtRatio = persons > 0 ? (double) gtCount / persons : 0.0;
        double predRatio = persons > 0 ? (double) predCount / persons : 0.0;
        double penalty = predRatio > 0 ? Math.min(1.0, gtRatio / predRatio) : 0.0;
        return f1 * penalty;
    }
}
