package dev.promptcanvas.annotations.formats.sa1b;

import dev.promptcanvas.annotations.mask.Rle;

/** A point that lies inside a mask, for SA-1B's {@code point_coords} when no click made the mask. */
final class MaskPoints {

    private MaskPoints() {
    }

    /**
     * The centre (x + 0.5, y + 0.5) of the foreground pixel nearest the mask's centroid (ties: the first in
     * column-major order), or null for an empty mask.
     */
    static double[] inside(Rle rle) {
        int h = rle.height();
        byte[] m = rle.toColumnMajor();
        double sx = 0;
        double sy = 0;
        long n = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] != 0) {
                sx += i / h + 0.5;
                sy += i % h + 0.5;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double cx = sx / n;
        double cy = sy / n;
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m.length; i++) {
            if (m[i] != 0) {
                double dx = i / h + 0.5 - cx;
                double dy = i % h + 0.5 - cy;
                double d = dx * dx + dy * dy;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
        return new double[] {best / h + 0.5, best % h + 0.5};
    }
}
