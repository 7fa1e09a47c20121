package dev.promptcanvas.annotations.eval;

/**
 * {@code numpy.mean} of float64 values to the last bit: numpy's pairwise summation ({@code pairwise_sum} in
 * {@code loops_utils.h}) over the whole contiguous array, then one division by the count.
 */
public final class NumpyMean {

    private static final int BLOCK = 128;

    private NumpyMean() {
    }

    /** The mean as numpy computes it; NaN for no values (numpy warns and returns nan). */
    public static double of(double[] values) {
        return sum(values, 0, values.length) / values.length;
    }

    /** numpy's pairwise sum of {@code values[from, from + n)}. */
    static double sum(double[] values, int from, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += values[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            System.arraycopy(values, from, r, 0, 8);
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += values[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += values[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return sum(values, from, n2) + sum(values, from + n2, n - n2);
    }
}
