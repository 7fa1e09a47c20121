package dev.promptcanvas.annotations.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** IoU on continuous coordinates, hand-computed. */
class BoxIouTest {

    @Test
    void identicalBoxesHaveIouOne() {
        assertThat(BoxIou.iou(new double[] {0, 0, 10, 10}, new double[] {0, 0, 10, 10})).isEqualTo(1.0);
    }

    @Test
    void halfOverlapIsAThird() {
        // intersection [5,10]x[0,10] = 50; union 100 + 100 - 50 = 150
        assertThat(BoxIou.iou(new double[] {0, 0, 10, 10}, new double[] {5, 0, 15, 10})).isEqualTo(50.0 / 150);
    }

    @Test
    void noPlusOne() {
        // [0,0,2,2] vs [1,1,3,3]: intersection 1x1 = 1, union 4 + 4 - 1 = 7 (with +1 it would be 4 / 14)
        assertThat(BoxIou.iou(new double[] {0, 0, 2, 2}, new double[] {1, 1, 3, 3})).isEqualTo(1.0 / 7);
    }

    @Test
    void touchingAndInvertedBoxesHaveIouZero() {
        assertThat(BoxIou.iou(new double[] {0, 0, 10, 10}, new double[] {10, 0, 20, 10})).isZero();
        assertThat(BoxIou.iou(new double[] {0, 0, 10, 10}, new double[] {8, 8, 2, 2})).isZero();
        assertThat(BoxIou.iou(new double[] {8, 8, 2, 2}, new double[] {0, 0, 10, 10})).isZero();
    }

    @Test
    void numbersAfterTheFourthAreIgnored() {
        // a prediction carrying a score: [5,0,15,10,0.9] is the box [5,0,15,10]
        assertThat(BoxIou.iou(new double[] {0, 0, 10, 10}, new double[] {5, 0, 15, 10, 0.9})).isEqualTo(50.0 / 150);
    }
}
