package dev.promptcanvas.ui.viewer;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Semi-transparent images of masks in their category colour, cached so repaints do not decode RLE again. */
final class MaskImages {

    private static final int CAPACITY = 256;
    private final Map<String, WritableImage> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WritableImage> eldest) {
            return size() > CAPACITY;
        }
    };

    WritableImage imageOf(long annotationId, Rle rle, Color color) {
        String key = annotationId + ":" + rle.hashCode() + ":" + color;
        return cache.computeIfAbsent(key, k -> render(rle, color));
    }

    private static WritableImage render(Rle rle, Color color) {
        int w = rle.width();
        int h = rle.height();
        int argb = ((int) Math.round(0.45 * 255) << 24) | ((int) Math.round(color.getRed() * 255) << 16)
                | ((int) Math.round(color.getGreen() * 255) << 8) | (int) Math.round(color.getBlue() * 255);
        byte[] rowMajor = rle.toRowMajor();
        int[] pixels = new int[w * h];
        for (int i = 0; i < pixels.length; i++) {
            if (rowMajor[i] != 0) {
                pixels[i] = argb;
            }
        }
        WritableImage image = new WritableImage(Math.max(1, w), Math.max(1, h));
        if (w > 0 && h > 0) {
            image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        }
        return image;
    }
}
