package dev.promptcanvas.annotations.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MaskOpsTest {

    private static final Random RANDOM = new Random(7);

    @Test
    void operationsMatchPixelLoops() {
        for (int i = 0; i < 300; i++) {
            int h = RANDOM.nextInt(30);
            int w = RANDOM.nextInt(30);
            byte[] a = randomMask(h, w);
            byte[] b = randomMask(h, w);
            Rle ra = Rle.encodeColumnMajor(a, h, w);
            Rle rb = Rle.encodeColumnMajor(b, h, w);
            byte[] or = new byte[a.length];
            byte[] and = new byte[a.length];
            byte[] andNot = new byte[a.length];
            for (int k = 0; k < a.length; k++) {
                or[k] = (byte) (a[k] | b[k]);
                and[k] = (byte) (a[k] & b[k]);
                andNot[k] = (byte) (a[k] & (1 - b[k]));
            }
            assertThat(MaskOps.union(ra, rb).toColumnMajor()).isEqualTo(or);
            assertThat(MaskOps.intersection(ra, rb).toColumnMajor()).isEqualTo(and);
            assertThat(MaskOps.difference(ra, rb).toColumnMajor()).isEqualTo(andNot);
            assertThat(MaskOps.union(ra, rb)).isEqualTo(Rle.encodeColumnMajor(or, h, w));
            assertThat(MaskOps.intersectionArea(ra, rb)).isEqualTo(MaskFixtures.count(and));
            long union = MaskFixtures.count(or);
            long inter = MaskFixtures.count(and);
            assertThat(MaskOps.iou(ra, rb)).isEqualTo(inter == 0 ? 0.0 : (double) inter / union);
            assertThat(MaskOps.iou(ra, rb, true)).isEqualTo(inter == 0 ? 0.0 : (double) inter / ra.area());
        }
    }

    @Test
    void setIdentitiesHold() {
        for (int i = 0; i < 200; i++) {
            int h = 1 + RANDOM.nextInt(40);
            int w = 1 + RANDOM.nextInt(40);
            Rle a = Rle.encodeColumnMajor(randomMask(h, w), h, w);
            Rle b = Rle.encodeColumnMajor(randomMask(h, w), h, w);
            Rle inter = MaskOps.intersection(a, b);
            assertThat(MaskOps.union(a, b).area()).isEqualTo(a.area() + b.area() - inter.area());
            assertThat(MaskOps.difference(a, b).area()).isEqualTo(a.area() - inter.area());
            assertThat(MaskOps.union(MaskOps.difference(a, b), inter)).isEqualTo(a);
            assertThat(MaskOps.intersection(MaskOps.difference(a, b), b).area()).isZero();
            assertThat(MaskOps.iou(a, b)).isEqualTo(MaskOps.iou(b, a));
            assertThat(MaskOps.union(a, b)).isEqualTo(MaskOps.union(b, a));
            assertThat(MaskOps.iou(a, a)).isEqualTo(a.area() == 0 ? 0.0 : 1.0);
            assertThat(MaskOps.iou(a, b)).isBetween(0.0, 1.0);
            assertThat(MaskOps.iou(a, b, true)).isGreaterThanOrEqualTo(MaskOps.iou(a, b));
        }
    }

    @Test
    void mergeFoldsLikeRepeatedUnionAndIntersection() {
        Rle a = Rle.encodeColumnMajor(randomMask(9, 11), 9, 11);
        Rle b = Rle.encodeColumnMajor(randomMask(9, 11), 9, 11);
        Rle c = Rle.encodeColumnMajor(randomMask(9, 11), 9, 11);
        assertThat(MaskOps.merge(List.of(a, b, c), false)).isEqualTo(MaskOps.union(MaskOps.union(a, b), c));
        assertThat(MaskOps.merge(List.of(a, b, c), true))
                .isEqualTo(MaskOps.intersection(MaskOps.intersection(a, b), c));
        assertThat(MaskOps.merge(List.of(a), true)).isSameAs(a);
    }

    @Test
    void pycocotoolsMergeVector() {
        // pycocotools 2.0.11: merge(frPyObjects([[1,1,4,1,4,4,1,4],[3,3,6,3,6,6,3,6]], 8, 8)) -> "9350020N00=".
        Rle a = Rle.fromString("935000o0", 8, 8);
        Rle b = Rle.fromString("k035000=", 8, 8);
        Rle union = MaskOps.union(a, b);
        assertThat(union.toCompressedString()).isEqualTo("9350020N00=");
        assertThat(union.area()).isEqualTo(17);
        assertThat(MaskOps.intersection(a, b).area()).isEqualTo(1);
        assertThat(MaskOps.iou(a, b)).isCloseTo(1.0 / 17, within(1e-15));
    }

    @Test
    void fullAndEmptyMasks() {
        Rle full = Rle.ofCounts(4, 5, new int[] {0, 20});
        Rle empty = Rle.empty(4, 5);
        assertThat(MaskOps.union(full, empty)).isEqualTo(full);
        assertThat(MaskOps.intersection(full, empty)).isEqualTo(empty);
        assertThat(MaskOps.difference(empty, full)).isEqualTo(empty);
        assertThat(MaskOps.difference(full, empty)).isEqualTo(full);
        assertThat(MaskOps.iou(empty, empty)).isZero();
        assertThat(MaskOps.iou(full, full)).isEqualTo(1.0);
        Rle zeroSized = Rle.empty(0, 7);
        assertThat(MaskOps.union(zeroSized, zeroSized).area()).isZero();
        assertThat(MaskOps.iou(zeroSized, zeroSized)).isZero();
    }

    @Test
    void sizeMismatchIsRefused() {
        Rle a = Rle.empty(4, 5);
        Rle b = Rle.empty(5, 4);
        assertThatThrownBy(() -> MaskOps.union(a, b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("union").hasMessageContaining("[4, 5] vs [5, 4]");
        assertThatThrownBy(() -> MaskOps.intersection(a, b)).hasMessageContaining("intersection");
        assertThatThrownBy(() -> MaskOps.difference(a, b)).hasMessageContaining("difference");
        assertThatThrownBy(() -> MaskOps.iou(a, b)).hasMessageContaining("iou");
        assertThatThrownBy(() -> MaskOps.merge(List.of(a, a, b), false)).hasMessageContaining("mask 2");
        assertThatThrownBy(() -> MaskOps.merge(List.of(), false)).hasMessageContaining("at least one");
    }

    private static byte[] randomMask(int h, int w) {
        int kind = RANDOM.nextInt(4);
        if (kind == 0) {
            return MaskFixtures.noise(RANDOM, h * w, RANDOM.nextDouble());
        } else if (kind == 1) {
            return MaskFixtures.noise(RANDOM, h * w, RANDOM.nextBoolean() ? 0 : 1);
        }
        return h == 0 || w == 0 ? new byte[0] : MaskFixtures.blobs(RANDOM, h, w, 1 + RANDOM.nextInt(3), true);
    }
}
