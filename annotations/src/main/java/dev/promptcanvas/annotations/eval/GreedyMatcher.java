package dev.promptcanvas.annotations.eval;

import java.util.List;

/**
 * RexSeek's box matching: GT boxes in order, each takes the unused prediction with the largest IoU at or above
 * the threshold (the first one on ties).
 */
public final class GreedyMatcher {

    private GreedyMatcher() {
    }

    /** The number of GT boxes matched at {@code threshold}. */
    public static int matches(List<double[]> gt, List<double[]> predictions, double threshold) {
        boolean[] used = new boolean[predictions.size()];
        int matches = 0;
        for (double[] g : gt) {
            double bestIou = 0;
            int best = -1;
            for (int i = 0; i < used.length; i++) {
                if (used[i]) {
                    continue;
                }
                double iou = BoxIou.iou(g, predictions.get(i));
                if (iou > bestIou && iou >= threshold) {
                    bestIou = iou;
                    best = i;
                }
            }
            if (best >= 0) {
                matches++;
                used[best] = true;
            }
        }
        return matches;
    }
}
