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

    @Test
    void wordAtATimeScannerMatchesAByteLoop() {
        Random random = new Random(77);
        byte[] values = {1, 2, 127, -1, -128};
        for (int i = 0; i < 2000; i++) {
            int n = random.nextInt(200);
            byte[] m = new byte[n + random.nextInt(3)];
            int pos = 0;
            boolean on = random.nextBoolean();
            while (pos < m.length) {
                int run = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 1 + random.nextInt(40);
                for (int k = pos; k < Math.min(m.length, pos + run); k++) {
                    m[k] = on ? values[random.nextInt(values.length)] : 0;
                }
                pos += run;
                on = !on;
            }
            assertThat(RleScanner.runs(m, n)).as("case %d", i).containsExactly(byteLoopRuns(m, n));
        }
    }

    @Test
    void decodersAgreeWithPixelLoops() {
        Random random = new Random(78);
        for (int i = 0; i < 200; i++) {
            int h = random.nextInt(25);
            int w = random.nextInt(25);
            byte[] columnMajor = new byte[h * w];
            double p = random.nextDouble();
            for (int k = 0; k < columnMajor.length; k++) {
                columnMajor[k] = (byte) (random.nextDouble() < p ? 1 : 0);
            }
            Rle rle = Rle.encodeColumnMajor(columnMajor, h, w);
            byte[] rowMajor = new byte[h * w];
            for (int x = 0; x < w; x++) {
                for (int y = 0; y < h; y++) {
                    rowMajor[y * w + x] = columnMajor[x * h + y];
                }
            }
            assertThat(rle.toColumnMajor()).isEqualTo(columnMajor);
            assertThat(rle.toRowMajor()).isEqualTo(rowMajor);
            assertThat(Rle.encodeRowMajor(rowMajor, h, w)).isEqualTo(rle);
            long ones = 0;
            for (byte b : columnMajor) {
                ones += b;
            }
            assertThat(rle.area()).isEqualTo(ones);
        }
    }

    @Test
    void zeroSizedMasksMatchPycocotools() {
        // pycocotools 2.0.11 encodes (0,5), (5,0) and (0,0) masks as "0", with bbox [0,0,0,0] and area 0.
        for (int[] size : new int[][] {{0, 5}, {5, 0}, {0, 0}}) {
            Rle rle = Rle.encodeColumnMajor(new byte[0], size[0], size[1]);
            assertThat(rle.toCompressedString()).isEqualTo("0");
            assertThat(rle.area()).isZero();
            assertThat(rle.bboxXywh()).containsExactly(0, 0, 0, 0);
            assertThat(rle.toColumnMajor()).isEmpty();
            assertThat(Rle.fromString("0", size[0], size[1])).isEqualTo(rle);
        }
    }

    @Test
    void fullAndOneByNMasks() {
        byte[] ones = new byte[37];
        java.util.Arrays.fill(ones, (byte) 1);
        assertThat(Rle.encodeColumnMajor(ones, 1, 37).counts()).containsExactly(0, 37);
        assertThat(Rle.encodeColumnMajor(ones, 37, 1).bboxXywh()).containsExactly(0, 0, 1, 37);
        assertThat(Rle.encodeColumnMajor(ones, 1, 37).bboxXywh()).containsExactly(0, 0, 37, 1);
        assertThat(Rle.encodeColumnMajor(new byte[37], 37, 1).counts()).containsExactly(37);
        assertThatThrownBy(() -> Rle.encodeColumnMajor(new byte[3], 2, 2)).hasMessageContaining("needs 4");
    }

    private static int[] byteLoopRuns(byte[] m, int n) {
        java.util.List<Integer> runs = new java.util.ArrayList<>();
        boolean previous = false;
        int count = 0;
        for (int j = 0; j < n; j++) {
            boolean v = m[j] != 0;
            if (v != previous) {
                runs.add(count);
                count = 0;
                previous = v;
            }
            count++;
        }
        runs.add(count);
        return runs.stream().mapToInt(Integer::intValue).toArray();
    }
}
