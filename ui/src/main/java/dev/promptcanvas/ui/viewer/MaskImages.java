package dev.promptcanvas.ui.viewer;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Semi-transparent images of masks in their category colour, cut to the mask's bounding box (a 4K mask no longer
 * costs a 4K image) and cached so repaints neither decode RLE again nor upload new textures.
 */
final class MaskImages {

    private static final int CAPACITY = 512;
    private static final double ALPHA = 0.45;

    /** A mask's image and where its top-left pixel sits in the image. */
    record Placed(WritableImage image, int x, int y) {
    }

    private record Key(long annotationId, Rle rle, Color color) {
    }

    private final Map<Key, Placed> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Placed> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The mask's image, or null for an empty mask. */
    Placed imageOf(long annotationId, Rle rle, Color color) {
        Key key = new Key(annotationId, rle, color);
        Placed placed = cache.get(key);
        if (placed == null && !cache.containsKey(key)) {
            placed = render(rle, color);
            cache.put(key, placed);
        }
        return placed;
    }

    static Placed render(Rle rle, Color color) {
        double[] box = rle.bboxXywh();
        int bx = (int) box[0];
        int by = (int) box[1];
        int bw = (int) box[2];
        int bh = (int) box[3];
        if (bw <= 0 || bh <= 0) {
            return null;
        }
        int argb = ((int) Math.round(ALPHA * 255) << 24) | ((int) Math.round(color.getRed() * 255) << 16)
                | ((int) Math.round(color.getGreen() * 255) << 8) | (int) Math.round(color.getBlue() * 255);
        int h = rle.height();
        int[] pixels = new int[bw * bh];
        long pos = 0;
        for (int i = 0; i < rle.runCount(); i++) {
            int run = rle.count(i);
            if ((i & 1) == 1) {
                for (long p = pos; p < pos + run; ) {
                    int x = (int) (p / h);
                    int y = (int) (p - (long) x * h);
                    int n = (int) Math.min(pos + run - p, h - y);
                    int at = (y - by) * bw + (x - bx);
                    for (int k = 0; k < n; k++, at += bw) {
                        pixels[at] = argb;
                    }
                    p += n;
                }
            }
            pos += run;
        }
        WritableImage image = new WritableImage(bw, bh);
        image.getPixelWriter().setPixels(0, 0, bw, bh, PixelFormat.getIntArgbInstance(), pixels, 0, bw);
        return new Placed(image, bx, by);
    }
}
