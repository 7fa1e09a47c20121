package dev.promptcanvas.annotations.formats.kosmos2;

import java.util.Locale;

/**
 * KOSMOS-2's location tokens: a 32 x 32 grid over the image, cells numbered row by row, a box written as the cells
 * of its upper-left and lower-right corners ({@code <patch_index_0044><patch_index_0863>}). Boxes are normalised
 * [0, 1] xyxy. The formulas are those of HF transformers' {@code processing_kosmos2.py}
 * ({@code coordinate_to_patch_index}, {@code patch_index_to_coordinate}); the round trip is lossy by design (each
 * coordinate comes back within one cell). The inference module keeps its own copy for prompts.
 */
public final class PatchTokens {

    /** Cells per side. */
    public static final int GRID = 32;

    private PatchTokens() {
    }

    /**
     * The two cell indexes of a normalised box: {@code ul = floor(y1·P)·P + floor(x1·P)},
     * {@code lr = ceil(y2·P − 1)·P + ceil(x2·P − 1)}. Cell coordinates are clamped to [0, P−1] (a box with x1 or
     * y1 = 1, or an empty box at 0, would otherwise name a cell outside the grid).
     */
    public static int[] fromBox(double x1, double y1, double x2, double y2) {
        int ulx = clamp((int) Math.floor(x1 * GRID));
        int uly = clamp((int) Math.floor(y1 * GRID));
        int lrx = clamp((int) Math.ceil(x2 * GRID - 1));
        int lry = clamp((int) Math.ceil(y2 * GRID - 1));
        return new int[] {uly * GRID + ulx, lry * GRID + lrx};
    }

    /**
     * The normalised box {x1, y1, x2, y2} of two cell indexes: cell edges when both are one cell or share a row or
     * a column, otherwise the centres of the two cells.
     */
    public static double[] toBox(int ul, int lr) {
        check(ul);
        check(lr);
        double c = 1.0 / GRID;
        int ux = ul % GRID;
        int uy = ul / GRID;
        int lx = lr % GRID;
        int ly = lr / GRID;
        if (ul == lr || ux == lx || uy == ly) {
            return new double[] {ux * c, uy * c, lx * c + c, ly * c + c};
        }
        return new double[] {ux * c + c / 2, uy * c + c / 2, lx * c + c / 2, ly * c + c / 2};
    }

    /** {@code <patch_index_0044>}. */
    public static String token(int index) {
        check(index);
        return String.format(Locale.ROOT, "<patch_index_%04d>", index);
    }

    private static int clamp(int cell) {
        return Math.max(0, Math.min(GRID - 1, cell));
    }

    private static void check(int index) {
        if (index < 0 || index >= GRID * GRID) {
            throw new IllegalArgumentException("patch index " + index + " is outside 0.." + (GRID * GRID - 1));
        }
    }
}
