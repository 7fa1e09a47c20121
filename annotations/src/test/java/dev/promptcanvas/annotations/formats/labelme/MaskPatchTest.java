package dev.promptcanvas.annotations.formats.labelme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MaskPatchTest {

    @Test
    void cropThenPlaceGivesTheMaskBack() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int h = 1 + random.nextInt(40);
            int w = 1 + random.nextInt(40);
            byte[] rowMajor = new byte[h * w];
            int x0 = random.nextInt(w);
            int y0 = random.nextInt(h);
            int x1 = x0 + random.nextInt(w - x0);
            int y1 = y0 + random.nextInt(h - y0);
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    rowMajor[y * w + x] = (byte) (random.nextInt(3) == 0 ? 0 : 1);
                }
            }
            Rle rle = Rle.encodeRowMajor(rowMajor, h, w);
            MaskPatch patch = MaskPatch.crop(rle);
            if (rle.area() == 0) {
                assertThat(patch).isNull();
                continue;
            }
            double[] box = rle.bboxXywh();
            assertThat(new double[] {patch.x(), patch.y(), patch.width(), patch.height()}).containsExactly(box);
            assertThat(patch.place(h, w)).isEqualTo(rle);
        }
    }

    @Test
    void placingPartlyOutsideDropsThePixelsOutside() {
        byte[] pixels = {1, 1, 1, 1, 1, 1, 1, 1, 1};
        Rle placed = new MaskPatch(-1, 3, 3, 3, pixels).place(5, 4);
        byte[] expected = new byte[5 * 4];
        for (int y = 3; y < 5; y++) {
            for (int x = 0; x < 2; x++) {
                expected[y * 4 + x] = 1;
            }
        }
        assertThat(placed).isEqualTo(Rle.encodeRowMajor(expected, 5, 4));
        assertThat(placed.area()).isEqualTo(4);
    }
}
