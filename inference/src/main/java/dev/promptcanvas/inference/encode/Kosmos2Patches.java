package dev.promptcanvas.inference.encode;

import java.util.Locale;

/**
 * KOSMOS-2's location tokens (HF {@code processing_kosmos2}): a normalised box becomes the indices of its
 * upper-left and lower-right cells on a P x P grid (P = 32, row-major), and back. The round trip is lossy by design:
 * each coordinate comes back within one cell (1/P of the side).
 */
public final class Kosmos2Patches {

    /** Patches per side. */
    public static final int P = 32;

    private Kosmos2Patches() {
    }

    /**
     * {@code coordinate_to_patch_index}: ul = floor(y1 P) P + floor(x1 P), lr = ceil(y2 P - 1) P + ceil(x2 P - 1).
     *
     * @throws IllegalArgumentException unless 0 &lt;= x1 &lt; x2 &lt;= 1 and 0 &lt;= y1 &lt; y2 &lt;= 1
     */
    public static int[] toIndices(double x1, double y1, double x2, double y2) {
        if (!(x2 > x1 && y2 > y1)) {
            throw new IllegalArgumentException("KOSMOS-2 box needs x2 > x1 and y2 > y1, got " + x1 + "," + y1 + ","
                    + x2 + "," + y2);
        }
        if (x1 < 0 || y1 < 0 || x2 > 1 || y2 > 1) {
            throw new IllegalArgumentException("KOSMOS-2 box must lie within [0, 1], got " + x1 + "," + y1 + ","
                    + x2 + "," + y2);
        }
        int ulX = (int) Math.floor(x1 * P);
        int ulY = (int) Math.floor(y1 * P);
        int lrX = (int) Math.ceil(x2 * P - 1);
        int lrY = (int) Math.ceil(y2 * P - 1);
        return new int[] {Math.min(ulY, P - 1) * P + Math.min(ulX, P - 1), Math.max(lrY, 0) * P + Math.max(lrX, 0)};
    }

    /**
     * {@code patch_index_to_coordinate}: cell edges when ul == lr or the corners share a row or a column, else
     * cell centres. Returns normalised {x1, y1, x2, y2}.
     */
    public static double[] toBox(int ul, int lr) {
        double c = 1.0 / P;
        int ulX = ul % P;
        int ulY = ul / P;
        int lrX = lr % P;
        int lrY = lr / P;
        if (ul == lr || ulX == lrX || ulY == lrY) {
            return new double[] {ulX * c, ulY * c, lrX * c + c, lrY * c + c};
        }
        return new double[] {ulX * c + c / 2, ulY * c + c / 2, lrX * c + c / 2, lrY * c + c / 2};
    }

    /** {@code <patch_index_0044>}. */
    public static String token(int index) {
        return String.format(Locale.ROOT, "<patch_index_%04d>", index);
    }
}
