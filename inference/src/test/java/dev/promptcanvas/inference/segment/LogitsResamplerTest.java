package dev.promptcanvas.inference.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The run-skipping upsampler against a plain per-pixel bilinear (half-pixel centres, edges clamped). */
class LogitsResamplerTest {

    /** Reference: PyTorch interpolate(bilinear, align_corners=False) for one output pixel. */
    static float bilinear(float[] l, int n, int w, int h, int x, int y) {
        double sx = Math.max(0, (x + 0.5) * n / w - 0.5);
        double sy = Math.max(0, (y + 0.5) * n / h - 0.5);
        int x0 = Math.min((int) Math.floor(sx), n - 1);
        int y0 = Math.min((int) Math.floor(sy), n - 1);
        int x1 = Math.min(x0 + 1, n - 1);
        int y1 = Math.min(y0 + 1, n - 1);
        double fx = x1 == x0 ? 0 : sx - x0;
        double fy = y1 == y0 ? 0 : sy - y0;
        double top = l[y0 * n + x0] * (1 - fx) + l[y0 * n + x1] * fx;
        double bottom = l[y1 * n + x0] * (1 - fx) + l[y1 * n + x1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    @Test
    void matchesPerPixelBilinearThresholdOnRandomLogits() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 30; trial++) {
            int n = 4 + rnd.nextInt(30);
            int w = 1 + rnd.nextInt(120);
            int h = 1 + rnd.nextInt(120);
            float[] l = new float[n * n];
            for (int i = 0; i < l.length; i++) {
                // smooth-ish blobs plus noise, so both uniform runs and sign changes occur
                l[i] = (float) (Math.sin(i % n * 0.5 + trial) * 3 + Math.cos(i / n * 0.4) * 3 + rnd.nextGaussian());
            }
            Rle rle = LogitsResampler.upsampleToRle(l, n, w, h);
            byte[] got = rle.toRowMajor();
            int mismatches = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float v = bilinear(l, n, w, h, x, y);
                    boolean expected = v > 0;
                    if (expected != (got[y * w + x] == 1) && Math.abs(v) > 1e-4) {
                        mismatches++;
                    }
                }
            }
            assertThat(mismatches).as("trial %d (%dx%d from %d)", trial, w, h, n).isZero();
        }
    }

    @Test
    void largeMasksMadeByTwoThreadsMatchTheReferenceToo() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 3; trial++) {
            int w = 1600 + rnd.nextInt(400);
            int h = 700 + rnd.nextInt(500);
            assertThat((long) w * h).isGreaterThanOrEqualTo(LogitsResampler.PARALLEL_PIXELS);
            float[] l = new float[256 * 256];
            for (int i = 0; i < l.length; i++) {
                l[i] = trial == 0 ? (float) rnd.nextGaussian() : (float) (40 - Math.hypot(i % 256 - 100, i / 256 - 130));
            }
            byte[] got = LogitsResampler.upsampleToRle(l, 256, w, h).toRowMajor();
            int mismatches = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float v = bilinear(l, 256, w, h, x, y);
                    if ((v > 0) != (got[y * w + x] == 1) && Math.abs(v) > 1e-4) {
                        mismatches++;
                    }
                }
            }
            assertThat(mismatches).as("trial %d", trial).isZero();
        }
    }

    @Test
    void bandsOfSmoothAndSpeckledLogitsSwitchKernelsWithoutChangingTheMask() {
        Random rnd = new Random(23);
        int n = 64;
        float[] l = new float[n * n];
        for (int i = 0; i < l.length; i++) {
            int x = i % n;
            int y = i / n;
            // bands of 8 low-res columns: smooth blobs, then noise (the kernel is chosen per output column)
            l[i] = (x / 8) % 2 == 0 ? (float) (12 - Math.hypot(x % 8 - 4, y % 16 - 8) * 2) : (float) rnd.nextGaussian();
        }
        for (int[] size : new int[][] {{300, 211}, {97, 640}, {1500, 800}}) {
            int w = size[0];
            int h = size[1];
            Rle rle = LogitsResampler.upsampleToRle(l, n, w, h);
            int[] counts = rle.counts();
            long total = 0;
            for (int c = 0; c < counts.length; c++) {
                assertThat(counts[c] > 0 || c == 0).as("run %d of %dx%d is empty", c, w, h).isTrue();
                total += counts[c];
            }
            assertThat(total).isEqualTo((long) w * h);
            byte[] got = rle.toRowMajor();
            int mismatches = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float v = bilinear(l, n, w, h, x, y);
                    if ((v > 0) != (got[y * w + x] == 1) && Math.abs(v) > 1e-4) {
                        mismatches++;
                    }
                }
            }
            assertThat(mismatches).as("%dx%d", w, h).isZero();
        }
    }

    @Test
    void signTransitionKernelMatchesTheReferenceAndTheGroupKernel() {
        Random rnd = new Random(31);
        // tiny grids, sizes around powers of two, equal size and odd ratios
        int[] ns = {1, 2, 3, 63, 64, 65, 128, 129, 256};
        for (int n : ns) {
            for (int trial = 0; trial < 6; trial++) {
                int h = n + (trial == 0 ? 0 : trial == 1 ? 1 : rnd.nextInt(4 * n + 50));
                int w = 1 + rnd.nextInt(trial < 2 ? n + 2 : 3 * n + 40);
                float[] l = new float[n * n];
                for (int i = 0; i < l.length; i++) {
                    l[i] = switch (trial % 3) {
                        case 0 -> (float) rnd.nextGaussian();
                        case 1 -> rnd.nextInt(3) - 1; // exact zeros: a value of exactly 0 is background
                        default -> (float) (n / 3.0 - Math.hypot(i % n - n / 2.0, i / n - n / 3.0));
                    };
                }
                String what = String.format("%dx%d from %d, trial %d", w, h, n, trial);
                Rle byTransitions = LogitsResampler.upsampleToRle(l, n, w, h, true);
                Rle byGroups = LogitsResampler.upsampleToRle(l, n, w, h, false);
                assertCanonical(byTransitions, w, h, what);
                byte[] got = byTransitions.toRowMajor();
                byte[] groups = byGroups.toRowMajor();
                int mismatches = 0;
                int differences = 0;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        float v = bilinear(l, n, w, h, x, y);
                        // the kernels may disagree only on pixels within float rounding of the threshold
                        boolean near = Math.abs(v) <= 1e-5;
                        if ((v > 0) != (got[y * w + x] == 1) && !near) {
                            mismatches++;
                        }
                        if (got[y * w + x] != groups[y * w + x] && !near) {
                            differences++;
                        }
                    }
                }
                assertThat(mismatches).as("%s against the reference", what).isZero();
                assertThat(differences).as("%s against the group kernel", what).isZero();
            }
        }
    }

    private static void assertCanonical(Rle rle, int w, int h, String what) {
        int[] counts = rle.counts();
        long total = 0;
        for (int c = 0; c < counts.length; c++) {
            assertThat(counts[c] > 0 || c == 0).as("%s: run %d is empty", what, c).isTrue();
            total += counts[c];
        }
        assertThat(total).as(what).isEqualTo((long) w * h);
    }

    @Test
    void signTransitionKernelRefusesDownsampling() {
        float[] l = new float[16 * 16];
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogitsResampler.upsampleToRle(l, 16, 40, 15, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("height >= 16");
    }

    @Test
    void upsamplesASquareToTheExpectedSizeAndPlace() {
        // a positive 64x64 block at cells 64..127 of 256 maps to pixels 0.25..0.5 of each side
        float[] l = new float[256 * 256];
        java.util.Arrays.fill(l, -5f);
        for (int y = 64; y < 128; y++) {
            for (int x = 64; x < 128; x++) {
                l[y * 256 + x] = 5f;
            }
        }
        Rle m = LogitsResampler.upsampleToRle(l, 256, 1920, 1080);
        double[] bbox = m.bboxXywh();
        assertThat(bbox[0]).isCloseTo(480, within(4.0));
        assertThat(bbox[1]).isCloseTo(270, within(3.0));
        assertThat(bbox[2]).isCloseTo(480, within(8.0));
        assertThat(bbox[3]).isCloseTo(270, within(6.0));
    }

    @Test
    void areaDownsampleAveragesCells() {
        byte[] m = new byte[10 * 10];
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 5; x++) {
                m[y * 10 + x] = 1;
            }
        }
        float[] d = LogitsResampler.areaDownsample(m, 10, 10, 4);
        // cell columns cover x 0-2.5, 2.5-5, 5-7.5, 7.5-10
        assertThat(d[0]).isEqualTo(1f);
        assertThat(d[1]).isCloseTo(1f, within(1e-6f));
        assertThat(d[2]).isCloseTo(0f, within(1e-6f));
        float[] up = LogitsResampler.areaDownsample(m, 10, 10, 20);
        assertThat(up[3 * 20 + 9]).isEqualTo(1f);
        assertThat(up[3 * 20 + 10]).isEqualTo(0f);
    }
}
