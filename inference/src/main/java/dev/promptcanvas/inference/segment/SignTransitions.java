package dev.promptcanvas.inference.segment;

import java.util.Arrays;

/**
 * The upsampling kernel for masks at least as tall as the logits (every click of an interactive session). Bilinear
 * interpolation keeps the sign between two low-res samples of the same sign (a convex combination) and is linear,
 * so monotonic, between samples of opposite signs. So each sign change along an interpolated low-res column is
 * exactly one run boundary of the output column, and its row follows from where the line crosses zero: no output
 * pixel is evaluated. Per output column the work is one interpolation per low-res sample plus a few operations per
 * run boundary, written without data-dependent branches (speckled logits would mispredict most of them). Rows
 * whose value is within float rounding of 0 at the crossing may fall on either side.
 */
final class SignTransitions {

    private SignTransitions() {
    }

    /** Whether this kernel applies: upsampling (or equal size) along the rows, so every interval has output rows. */
    static boolean applies(int n, int height) {
        return height >= n;
    }

    /**
     * Appends the columns [fromX, toX) of the thresholded upsampled mask to {@code runs}.
     *
     * @param t the n×n logits in column-major order
     */
    static void columns(float[] t, int n, LogitsResampler.Axis xs, LogitsResampler.Axis ys, int fromX, int toX,
                        int height, LogitsResampler.RunWriter runs) {
        // interval i lies between low-res rows i and i + 1: its output rows are [first[i], first[i] + rows[i]),
        // with weights w0[i], w0[i] + n / height, ...; rows above the first low-res centre and below the last one
        // repeat the edge value (those above are given to interval 0 with weight 0 by the axis: left out here, they
        // come before its first row and keep the sign of sample 0)
        int[] first = new int[n];
        int[] rows = new int[n];
        float[] w0 = new float[n];
        Arrays.fill(first, -1);
        for (int o = ys.leading; o < height; o++) {
            int i = ys.i0[o];
            if (i != ys.i1[o]) {
                if (first[i] < 0) {
                    first[i] = o;
                    w0[i] = ys.w[o];
                }
                rows[i]++;
            }
        }
        float rowsPerSample = (float) height / n;
        float[] col = new float[n];
        int[] changed = new int[n];
        int[] at = new int[n + 1];
        int[] counts = runs.counts;
        int size = runs.size;
        int cur = runs.current ? 1 : 0;
        long runStart = -runs.run;
        for (int x = fromX; x < toX; x++) {
            xs.interpolate(t, n, x, col);
            // the intervals whose two samples differ in sign, listed without branches
            int m = 0;
            int below = col[0] > 0 ? 1 : 0;
            for (int i = 0; i + 1 < n; i++) {
                int above = col[i + 1] > 0 ? 1 : 0;
                changed[m] = i;
                m += below ^ above;
                below = above;
            }
            // where each of them changes sign: rows keep the sign of sample i while their weight is below
            // t = -a / d (value exactly 0 at t); with q = (t - w0) * rows per sample, a positive sample keeps
            // its sign on the ceil(q) rows with weight < t, a non-positive one on the floor(q) + 1 rows with
            // weight <= t; ceil(q) = -floor(-q), so both are floor(sgn * q) scaled by sgn, without a branch
            for (int j = 0; j < m; j++) {
                int i = changed[j];
                float a = col[i];
                float d = col[i + 1] - a;
                int bits = Float.floatToRawIntBits(a);
                int sgn = 1 - (((-bits) & ~bits) >>> 30 & 2); // -1 if a > 0, else 1
                float q = (-a / d - w0[i]) * rowsPerSample;
                int k = sgn * (int) Math.floor(q * sgn) + ((sgn + 1) >> 1);
                at[j + 1] = first[i] + Math.max(0, Math.min(rows[i], k));
            }
            if (counts.length < size + m + 2) {
                counts = Arrays.copyOf(counts, Math.max(counts.length * 2, size + m + 2));
            }
            long colBase = (long) (x - fromX) * height;
            // the first row repeats the first low-res sample: a boundary at row 0 where it differs from the
            // run going on from the column before; then one boundary per sign change
            at[0] = 0;
            for (int j = 1 - ((col[0] > 0 ? 1 : 0) ^ cur); j <= m; j++) {
                long pos = colBase + at[j];
                long run = pos - runStart;
                if (run == 0 && size > 0) {
                    // two boundaries at the same row cancel: the previous run goes on
                    runStart -= counts[--size];
                } else {
                    counts[size++] = (int) run;
                    runStart = pos;
                }
                cur ^= 1;
            }
        }
        runs.counts = counts;
        runs.size = size;
        runs.current = cur == 1;
        runs.run = (int) ((long) (toX - fromX) * height - runStart);
    }
}
