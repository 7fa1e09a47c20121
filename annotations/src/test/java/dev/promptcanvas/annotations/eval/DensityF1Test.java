package dev.promptcanvas.annotations.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DensityF1 by hand: F1 times min(1, (gt/persons) / (pred/persons)). */
class DensityF1Test {

    @Test
    void perfectAnswerScoresOne() {
        assertThat(DensityF1.of(1, 1, 2, 2, 5)).isEqualTo(1.0);
    }

    @Test
    void overPredictionIsPenalised() {
        // p = 0.5, r = 1: F1 = 2*0.5/1.5 = 2/3; penalty (1/4)/(2/4) = 0.5 -> 1/3
        assertThat(DensityF1.of(0.5, 1, 1, 2, 4)).isEqualTo(2 * (0.5 * 1) / 1.5 * 0.5);
    }

    @Test
    void underPredictionIsNotPenalised() {
        // p = 1, r = 0.5: F1 = 2/3; penalty min(1, (2/2)/(1/2)) = 1
        assertThat(DensityF1.of(1, 0.5, 2, 1, 2)).isEqualTo(2 * 0.5 / 1.5);
    }

    @Test
    void zeroWithoutPersonsPredictionsOrHits() {
        assertThat(DensityF1.of(1, 1, 1, 1, 0)).isZero();
        assertThat(DensityF1.of(1, 0, 1, 0, 3)).isZero();
        assertThat(DensityF1.of(0, 0, 1, 1, 3)).isZero();
    }
}
