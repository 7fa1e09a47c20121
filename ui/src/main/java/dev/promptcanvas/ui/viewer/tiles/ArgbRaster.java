package dev.promptcanvas.ui.viewer.tiles;

import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Decoded pixels as premultiplied ARGB ints, row-major; turned into a JavaFX image without another copy.
 *
 * @param width pixels per row
 * @param height rows
 * @param pixels premultiplied ARGB, {@code width * height} entries
 */
public record ArgbRaster(int width, int height, int[] pixels) {

    public ArgbRaster {
        if (width <= 0 || height <= 0 || pixels == null || pixels.length < width * height) {
            throw new IllegalArgumentException("raster: " + width + "x" + height + " needs " + width * height
                    + " pixels, got " + (pixels == null ? "none" : pixels.length));
        }
    }

    /** A copy of the columns [x, x + w) of every row. */
    public ArgbRaster crop(int x, int w) {
        if (x < 0 || w <= 0 || x + w > width) {
            throw new IllegalArgumentException("raster: crop " + x + "+" + w + " is outside width " + width);
        }
        int[] out = new int[w * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(pixels, y * width + x, out, y * w, w);
        }
        return new ArgbRaster(w, height, out);
    }

    /** A JavaFX image sharing these pixels (any thread may call this; do not change the pixels afterwards). */
    public WritableImage toImage() {
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance());
        return new WritableImage(buffer);
    }

    /** Bytes held, for cache accounting. */
    public long bytes() {
        return 4L * pixels.length;
    }
}
