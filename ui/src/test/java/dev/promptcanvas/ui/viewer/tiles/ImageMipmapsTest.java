package dev.promptcanvas.ui.viewer.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ImageMipmapsTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void halvingAveragesEachTwoByTwoBlockPerChannel() {
        Random random = new Random(4);
        int w = 7;
        int h = 5;
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            int a = random.nextInt(256);
            px[i] = a << 24 | random.nextInt(a + 1) << 16 | random.nextInt(a + 1) << 8 | random.nextInt(a + 1);
        }
        ArgbRaster half = ImageMipmaps.half(new ArgbRaster(w, h, px));
        assertThat(half.width()).isEqualTo(3);
        assertThat(half.height()).isEqualTo(2);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                for (int shift = 0; shift < 32; shift += 8) {
                    double sum = 0;
                    for (int dy = 0; dy < 2; dy++) {
                        for (int dx = 0; dx < 2; dx++) {
                            sum += px[(2 * y + dy) * w + 2 * x + dx] >>> shift & 0xFF;
                        }
                    }
                    int got = half.pixels()[y * 3 + x] >>> shift & 0xFF;
                    assertThat((double) got).as("(%d, %d) channel %d", x, y, shift).isCloseTo(sum / 4,
                            org.assertj.core.data.Offset.offset(0.5));
                }
            }
        }
    }

    @Test
    void aZoomedOutViewGetsTheSmallestLevelThatIsStillSharp() throws Exception {
        WritableImage full = new WritableImage(1600, 1000);
        int[] px = new int[1600 * 1000];
        java.util.Arrays.fill(px, 0xFF336699);
        full.getPixelWriter().setPixels(0, 0, 1600, 1000, PixelFormat.getIntArgbInstance(), px, 0, 1600);
        AtomicInteger ready = new AtomicInteger();
        ImageMipmaps mipmaps = new ImageMipmaps(full, ready::incrementAndGet);
        Image first = WaitForAsyncUtils.asyncFx(() -> mipmaps.forScale(0.3)).get();
        assertThat(first).as("until the levels exist, the full image").isSameAs(full);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ready.get() == 1);
        assertThat(mipmaps.levelCount()).isEqualTo(3);
        assertThat(width(mipmaps, 0.75)).isEqualTo(1600);
        assertThat(width(mipmaps, 0.5)).isEqualTo(800);
        assertThat(width(mipmaps, 0.3)).isEqualTo(800);
        assertThat(width(mipmaps, 0.25)).isEqualTo(400);
        assertThat(width(mipmaps, 0.01)).isEqualTo(200);
        Image quarter = WaitForAsyncUtils.asyncFx(() -> mipmaps.forScale(0.25)).get();
        assertThat(quarter.getPixelReader().getArgb(100, 100)).isEqualTo(0xFF336699);
    }

    private static double width(ImageMipmaps m, double scale) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> m.forScale(scale).getWidth()).get();
    }
}
