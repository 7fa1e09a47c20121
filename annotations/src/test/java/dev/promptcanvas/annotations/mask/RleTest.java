package dev.promptcanvas.annotations.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RleTest {

    @Test
    void centreSquareMatchesPycocotools() {
        byte[] rowMajor = new byte[16];
        for (int y = 1; y <= 2; y++) {
            for (int x = 1; x <= 2; x++) {
                rowMajor[y * 4 + x] = 1;
            }
        }
        Rle rle = Rle.encodeRowMajor(rowMajor, 4, 4);
        assertThat(rle.counts()).containsExactly(5, 2, 2, 2, 5);
        assertThat(rle.toCompressedString()).isEqualTo("52203");
        assertThat(rle.bboxXywh()).containsExactly(1, 1, 2, 2);
        assertThat(rle.area()).isEqualTo(4);
    }

    @Test
    void firstRunMayBeZero() {
        byte[] rowMajor = {1, 1, 0, 1, 0, 0};
        Rle rle = Rle.encodeRowMajor(rowMajor, 2, 3);
        assertThat(rle.counts()).containsExactly(0, 3, 3);
        assertThat(rle.toCompressedString()).isEqualTo("033");
    }

    @Test
    void largeCountsWithNegativeDeltas() {
        Rle rle = Rle.ofCounts(1000, 1000, new int[] {100000, 50, 3, 7, 200000 + 1000000 - 300060});
        int[] counts = {100000, 50, 3, 7, 200000};
        assertThat(RleStrings.encode(counts)).isEqualTo("PeQ3b13eNmYS6");
        assertThat(RleStrings.decode("PeQ3b13eNmYS6")).containsExactly(counts);
        assertThat(rle.area()).isEqualTo(57);
    }

    @Test
    void randomRoundTrips() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            int h = 1 + random.nextInt(40);
            int w = 1 + random.nextInt(40);
            byte[] m = new byte[h * w];
            double p = random.nextDouble();
            for (int k = 0; k < m.length; k++) {
                m[k] = (byte) (random.nextDouble() < p ? 1 : 0);
            }
            Rle rle = Rle.encodeColumnMajor(m, h, w);
            assertThat(rle.toColumnMajor()).isEqualTo(m);
            Rle back = Rle.fromString(rle.toCompressedString(), h, w);
            assertThat(back).isEqualTo(rle);
            assertThat(Rle.encodeRowMajor(rle.toRowMajor(), h, w)).isEqualTo(rle);
        }
    }

    @Test
    void badStringsAreRejectedWithAReason() {
        assertThatThrownBy(() -> Rle.fromString("5220", 4, 4)).hasMessageContaining("add up to");
        assertThatThrownBy(() -> Rle.fromString("52 03", 4, 4)).hasMessageContaining("invalid character");
        assertThatThrownBy(() -> Rle.fromString("5P", 4, 4)).hasMessageContaining("ends inside a count");
    }
}
