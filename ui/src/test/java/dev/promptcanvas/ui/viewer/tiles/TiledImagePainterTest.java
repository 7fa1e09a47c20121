package dev.promptcanvas.ui.viewer.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.ui.viewer.Viewport;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TiledImagePainterTest {

    private static final int W = 4400;
    private static final int H = 2200;

    @TempDir
    static Path dir;
    private static Path file;

    /** Left half a one-pixel checkerboard (red/blue), right half green above and yellow below. */
    private static int rgb(int x, int y) {
        if (x < W / 2) {
            return ((x + y) & 1) == 0 ? 0xFF0000 : 0x0000FF;
        }
        return y < H / 2 ? 0x00FF00 : 0xFFFF00;
    }

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                img.setRGB(x, y, rgb(x, y));
            }
        }
        file = dir.resolve("board.png");
        ImageIO.write(img, "png", file.toFile());
    }

    @Test
    void atFitTheOverviewFillsTheViewAndAt100PercentTheTilesShowEveryPixel() throws Exception {
        try (TiledImageSource source = TiledImageSource.open(file)) {
            TiledImagePainter painter = new TiledImagePainter(source);
            Canvas canvas = new Canvas(440, 300);
            Viewport v = new Viewport();
            v.fit(W, H, 440, 300);
            WritableImage atFit = paint(painter, canvas, v);
            assertThat(painter.lastDrawnTiles()).isZero();
            assertThat(color(atFit, 330, 100)).isEqualTo(Color.rgb(0, 255, 0));
            assertThat(color(atFit, 330, 200)).isEqualTo(Color.rgb(255, 255, 0));
            assertThat(color(atFit, 100, 20)).as("outside the image").isEqualTo(Color.TRANSPARENT);

            v.actualSize(0, 0);
            v.panBy(-v.toScreenX(1000), -v.toScreenY(600));
            paint(painter, canvas, v);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> source.cachedTile(new TileKey(0, 1, 1)) != null
                    && source.cachedTile(new TileKey(0, 2, 1)) != null);
            WritableImage sharp = paint(painter, canvas, v);
            assertThat(painter.lastDrawnTiles()).isEqualTo(2);
            for (int sx = 0; sx < 440; sx += 13) {
                for (int sy = 0; sy < 300; sy += 11) {
                    int expected = rgb(1000 + sx, 600 + sy);
                    assertThat(color(sharp, sx, sy)).as("screen (%d, %d)", sx, sy)
                            .isEqualTo(Color.rgb(expected >> 16 & 255, expected >> 8 & 255, expected & 255));
                }
            }
        }
    }

    private static WritableImage paint(TiledImagePainter painter, Canvas canvas, Viewport v) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            painter.paint(canvas.getGraphicsContext2D(), v, canvas.getWidth(), canvas.getHeight());
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            return canvas.snapshot(params, null);
        }).get(20, TimeUnit.SECONDS);
    }

    private static Color color(WritableImage image, int x, int y) {
        return image.getPixelReader().getColor(x, y);
    }
}
