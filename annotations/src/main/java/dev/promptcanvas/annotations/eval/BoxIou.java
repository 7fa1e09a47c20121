package dev.promptcanvas.annotations.eval;

/** Box IoU on continuous xyxy coordinates without the +1 of pixel-inclusive conventions (RexSeek's rule). */
public final class BoxIou {

    private BoxIou() {
    }

    /**
     * IoU of two boxes given as at least four numbers {@code x1, y1, x2, y2} (further numbers are ignored);
     * 0 when the boxes do not overlap with positive width and height.
     */
    public static double iou(double[] a, double[] b) {
        double x1 = Math.max(a[0], b[0]);
        double y1 = Math.max(a[1], b[1]);
        double x2 = Math.min(a[2], b[2]);
        double y2 = Math.min(a[3], b[3]);
        if (x2 <= x1 || y2 <= y1) {
            return 0.0;
        }
        double intersection = (x2 - x1) * (y2 - y1);
        double areaA = (a[2] - a[0]) * (a[3] - a[1]);
        double areaB = (b[2] - b[0]) * (b[3] - b[1]);
        return intersection / (areaA + areaB - intersection);
    }
}
