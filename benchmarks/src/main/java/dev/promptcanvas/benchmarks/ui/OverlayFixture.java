package dev.promptcanvas.benchmarks.ui;

import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A busy image for repaint benchmarks, deterministic: polygons of 8-48 vertices with radii from 4 to 160 px
 * (log-uniform, like COCO objects) and elliptic masks of 15-250 px radius, spread over the image in 20 labels.
 */
final class OverlayFixture {

    static final Color[] COLORS = new Color[20];

    static {
        for (int i = 0; i < COLORS.length; i++) {
            COLORS[i] = Color.hsb(i * 360.0 / COLORS.length, 0.8, 0.95);
        }
    }

    private OverlayFixture() {
    }

    static List<Annotation> annotations(int width, int height, int polygons, int masks, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Annotation> list = new ArrayList<>(polygons + masks);
        long id = 1;
        for (int m = 0; m < masks; m++) {
            Mask mask = ellipseMask(width, height, random.nextDouble() * width, random.nextDouble() * height,
                    15 + random.nextDouble() * 235, 15 + random.nextDouble() * 235);
            list.add(new Annotation(id++, 1, 1 + random.nextInt(20), mask, null, null, null, false, null, null,
                    null));
        }
        for (int p = 0; p < polygons; p++) {
            double cx = random.nextDouble() * width;
            double cy = random.nextDouble() * height;
            double r = Math.exp(Math.log(4) + random.nextDouble() * (Math.log(160) - Math.log(4)));
            int k = 8 + random.nextInt(41);
            double[] xy = new double[2 * k];
            for (int i = 0; i < k; i++) {
                double a = 2 * Math.PI * i / k;
                double rr = r * (0.7 + 0.3 * random.nextDouble());
                xy[2 * i] = cx + rr * Math.cos(a);
                xy[2 * i + 1] = cy + rr * Math.sin(a);
            }
            list.add(new Annotation(id++, 1, 1 + random.nextInt(20), Polygon.of(xy), null, null, null, false, null,
                    null, null));
        }
        return list;
    }

    /** An axis-aligned elliptic mask, RLE built column by column (COCO order) without a pixel array. */
    static Mask ellipseMask(int width, int height, double cx, double cy, double rx, double ry) {
        List<Integer> counts = new ArrayList<>();
        long zeros = 0;
        for (int x = 0; x < width; x++) {
            double dx = (x + 0.5 - cx) / rx;
            int y0 = height;
            int y1 = height;
            if (Math.abs(dx) < 1) {
                double half = ry * Math.sqrt(1 - dx * dx);
                y0 = Math.max(0, (int) Math.ceil(cy - half - 0.5));
                y1 = Math.min(height, (int) Math.floor(cy + half - 0.5) + 1);
            }
            if (y1 > y0) {
                counts.add((int) (zeros + y0));
                counts.add(y1 - y0);
                zeros = height - y1;
            } else {
                zeros += height;
            }
        }
        counts.add((int) zeros);
        return new Mask(Rle.ofCounts(height, width, counts.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The photo-like pattern of {@link BenchImages} as a JavaFX image. */
    static WritableImage image(int width, int height) {
        int[] pixels = new int[width * height];
        byte[] row = new byte[width * 3];
        SplittableRandom random = new SplittableRandom(5);
        for (int y = 0; y < height; y++) {
            BenchImages.rgbRow(row, y, width, random);
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = 0xFF000000 | (row[3 * x] & 0xFF) << 16 | (row[3 * x + 1] & 0xFF) << 8
                        | (row[3 * x + 2] & 0xFF);
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }
}
