package dev.promptcanvas.annotations.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** numpy.mean to the bit; expected values printed by numpy 2.4 ({@code repr(float(np.mean(a)))}). */
class NumpyMeanTest {

    private static double[] repeat(double v, int n) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    @Test
    void tenTenthsAreExactlyATenth() {
        // np.mean([0.1]*10) == 0.1, while sum([0.1]*10)/10 == 0.09999999999999999
        assertThat(NumpyMean.of(repeat(0.1, 10))).isEqualTo(0.1);
    }

    @Test
    void sevenTenthsSumSequentially() {
        // fewer than 8 values: a plain loop; np.mean([0.1]*7) == 0.09999999999999999
        assertThat(NumpyMean.of(repeat(0.1, 7))).isEqualTo(0.09999999999999999);
    }

    @Test
    void tenThirds() {
        // np.mean([1/3]*10) == 0.33333333333333337
        assertThat(NumpyMean.of(repeat(1.0 / 3, 10))).isEqualTo(0.33333333333333337);
    }

    @Test
    void twoHundredTenthsUseTheRecursiveSplit() {
        // np.mean([0.1]*200) == 0.1, while sum(...)/200 == 0.10000000000000007
        assertThat(NumpyMean.of(repeat(0.1, 200))).isEqualTo(0.1);
    }

    @Test
    void mixedValues() {
        // np.mean([0.7,0.1,0.2,0.3,0.9,0.6,0.4,0.8,0.05,0.15,0.25]) == 0.40454545454545454
        assertThat(NumpyMean.of(new double[] {0.7, 0.1, 0.2, 0.3, 0.9, 0.6, 0.4, 0.8, 0.05, 0.15, 0.25}))
                .isEqualTo(0.40454545454545454);
    }
}
