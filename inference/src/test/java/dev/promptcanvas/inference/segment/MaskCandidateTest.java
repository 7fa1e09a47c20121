package dev.promptcanvas.inference.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Candidates that keep their logits inside a decoder output until asked for them. */
class MaskCandidateTest {

    private static final int N = MaskCandidate.LOW_RES * MaskCandidate.LOW_RES;

    @Test
    void logitsAtAnOffsetAreCopiedOutOnFirstUseAndTheMaskIsMadeOnce() {
        float[] output = new float[3 * N];
        for (int i = 0; i < output.length; i++) {
            output[i] = i / N - 1; // -1, 0, 1 for the three candidates
        }
        AtomicInteger made = new AtomicInteger();
        MaskCandidate second = MaskCandidate.lazy(0.7f, output, N, () -> {
            made.incrementAndGet();
            return LogitsResampler.upsampleToRle(output, N, MaskCandidate.LOW_RES, 64, 48);
        });
        assertThat(made).hasValue(0);
        float[] logits = second.lowResLogits();
        assertThat(logits).hasSize(N).containsOnly(0f);
        assertThat(second.lowResLogits()).isSameAs(logits);
        Arrays.fill(output, 5f); // the copy no longer depends on the output
        assertThat(logits).containsOnly(0f);
        Rle mask = second.mask();
        assertThat(second.mask()).isSameAs(mask);
        assertThat(made).hasValue(1);
        assertThat(second.score()).isEqualTo(0.7f);

        MaskCandidate third = MaskCandidate.lazy(0.9f, new float[3 * N], 2 * N, () -> null);
        assertThat(third.lowResLogits()).hasSize(N);
    }

    @Test
    void anOffsetThatOverrunsTheOutputIsRefused() {
        assertThatThrownBy(() -> MaskCandidate.lazy(0.5f, new float[3 * N], 2 * N + 1, () -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overrun");
        assertThatThrownBy(() -> LogitsResampler.upsampleToRle(new float[N], 1, MaskCandidate.LOW_RES, 300, 300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overrun");
    }
}
