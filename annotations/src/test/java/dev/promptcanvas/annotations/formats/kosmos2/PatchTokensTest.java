package dev.promptcanvas.annotations.formats.kosmos2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PatchTokensTest {

    @Test
    void theDocumentedExampleBothWays() {
        assertThat(PatchTokens.toBox(44, 863)).containsExactly(0.390625, 0.046875, 0.984375, 0.828125);
        assertThat(PatchTokens.fromBox(0.390625, 0.046875, 0.984375, 0.828125)).containsExactly(44, 863);
        assertThat(PatchTokens.token(44)).isEqualTo("<patch_index_0044>");
        assertThat(PatchTokens.token(863)).isEqualTo("<patch_index_0863>");
    }

    @Test
    void oneCellOrOneRowOrColumnGivesCellEdges() {
        assertThat(PatchTokens.toBox(33, 33)).containsExactly(1 / 32.0, 1 / 32.0, 2 / 32.0, 2 / 32.0);
        assertThat(PatchTokens.toBox(32, 35)).containsExactly(0, 1 / 32.0, 4 / 32.0, 2 / 32.0);
        assertThat(PatchTokens.toBox(0, 1023)).containsExactly(1 / 64.0, 1 / 64.0, 63 / 64.0, 63 / 64.0);
        assertThat(PatchTokens.fromBox(0, 0, 1, 1)).containsExactly(0, 1023);
        assertThat(PatchTokens.fromBox(1, 1, 1, 1)).containsExactly(1023, 1023);
        assertThat(PatchTokens.fromBox(0, 0, 0, 0)).containsExactly(0, 0);
        assertThatThrownBy(() -> PatchTokens.token(1024)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boxesComeBackWithinOneCell() {
        Random random = new Random(11);
        for (int i = 0; i < 20000; i++) {
            double x1 = random.nextDouble();
            double y1 = random.nextDouble();
            double x2 = x1 + random.nextDouble() * (1 - x1);
            double y2 = y1 + random.nextDouble() * (1 - y1);
            int[] t = PatchTokens.fromBox(x1, y1, x2, y2);
            double[] b = PatchTokens.toBox(t[0], t[1]);
            assertThat(b[0]).isCloseTo(x1, within(1 / 32.0));
            assertThat(b[1]).isCloseTo(y1, within(1 / 32.0));
            assertThat(b[2]).isCloseTo(x2, within(1 / 32.0));
            assertThat(b[3]).isCloseTo(y2, within(1 / 32.0));
        }
    }

    @Test
    void tokensToBoxToTokensIsExact() {
        Random random = new Random(12);
        for (int i = 0; i < 20000; i++) {
            int ux = random.nextInt(32);
            int uy = random.nextInt(32);
            int lx = ux + random.nextInt(32 - ux);
            int ly = uy + random.nextInt(32 - uy);
            int ul = uy * 32 + ux;
            int lr = ly * 32 + lx;
            double[] b = PatchTokens.toBox(ul, lr);
            assertThat(PatchTokens.fromBox(b[0], b[1], b[2], b[3])).containsExactly(ul, lr);
        }
    }
}
