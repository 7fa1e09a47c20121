package dev.promptcanvas.annotations.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The thresholds numpy.arange(0.5, 1.0, 0.05) gives (values as Python prints them). */
class IouThresholdsTest {

    @Test
    void tenValuesSlightlyAboveTheirNames() {
        assertThat(IouThresholds.values()).containsExactly(0.5, 0.55, 0.6000000000000001, 0.6500000000000001,
                0.7000000000000002, 0.7500000000000002, 0.8000000000000003, 0.8500000000000003, 0.9000000000000004,
                0.9500000000000004);
    }

    @Test
    void anIouOfExactlyPointNineFiveIsBelowTheLastThreshold() {
        double iou = BoxIou.iou(new double[] {0, 0, 100, 100}, new double[] {0, 0, 100, 95});
        assertThat(iou).isEqualTo(0.95);
        assertThat(iou).isLessThan(IouThresholds.values()[9]);
    }
}
