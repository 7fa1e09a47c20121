package dev.promptcanvas.annotations.mask;

import java.util.Random;

/** Random test masks (column-major bytes) and plain pixel-loop reference operations. */
final class MaskFixtures {

    private MaskFixtures() {
    }

    /** A mask of a few random ellipses, some with an elliptic hole. */
    static byte[] blobs(Random random, int height, int width, int count, boolean holes) {
        byte[] m = new byte[height * width];
        for (int i = 0; i < count; i++) {
            double cx = random.nextDouble() * width;
            double cy = random.nextDouble() * height;
            double rx = 3 + random.nextDouble() * width / 4;
            double ry = 3 + random.nextDouble() * height / 4;
            paintEllipse(m, height, width, cx, cy, rx, ry, (byte) 1);
            if (holes && random.nextBoolean()) {
                paintEllipse(m, height, width, cx, cy, rx * 0.4, ry * 0.4, (byte) 0);
            }
        }
        return m;
    }

    /**
     * Several blobs that do not overlap (one per vertical band, radii 6 px or more, some rotated, some with a
     * hole a third of their size), so each is a real object rather than a sliver.
     */
    static byte[] separateBlobs(Random random, int height, int width, int count) {
        byte[] m = new byte[height * width];
        double band = (double) width / count;
        for (int i = 0; i < count; i++) {
            boolean rotated = random.nextBoolean();
            double maxX = (rotated ? Math.min(band, height) : band) / 2 - 1;
            double maxY = (rotated ? Math.min(band, height) : height) / 2.0 - 1;
            double rx = 6 + random.nextDouble() * (maxX - 6);
            double ry = 6 + random.nextDouble() * (maxY - 6);
            double reach = rotated ? Math.max(rx, ry) : ry;
            double cx = band * i + band / 2;
            double cy = height / 2.0 + (random.nextDouble() - 0.5) * (height - 2 * reach - 2);
            double angle = rotated ? random.nextDouble() * Math.PI : 0;
            paintRotatedEllipse(m, height, width, cx, cy, rx, ry, angle, (byte) 1);
            if (random.nextBoolean()) {
                paintRotatedEllipse(m, height, width, cx, cy, rx / 3, ry / 3, angle, (byte) 0);
            }
        }
        return m;
    }

    static void paintEllipse(byte[] m, int height, int width, double cx, double cy, double rx, double ry, byte v) {
        paintRotatedEllipse(m, height, width, cx, cy, rx, ry, 0, v);
    }

    static void paintRotatedEllipse(byte[] m, int height, int width, double cx, double cy, double rx, double ry,
            double angle, byte v) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                double px = x + 0.5 - cx;
                double py = y + 0.5 - cy;
                double u = (px * cos + py * sin) / rx;
                double w = (-px * sin + py * cos) / ry;
                if (u * u + w * w <= 1) {
                    m[x * height + y] = v;
                }
            }
        }
    }

    /** Independent noise with foreground probability p. */
    static byte[] noise(Random random, int n, double p) {
        byte[] m = new byte[n];
        for (int i = 0; i < n; i++) {
            m[i] = (byte) (random.nextDouble() < p ? 1 : 0);
        }
        return m;
    }

    static long count(byte[] m) {
        long c = 0;
        for (byte b : m) {
            if (b != 0) {
                c++;
            }
        }
        return c;
    }

    /** Pixel-by-pixel IoU of two column-major masks (1 when both are empty). */
    static double iou(byte[] a, byte[] b) {
        long inter = 0;
        long union = 0;
        for (int i = 0; i < a.length; i++) {
            boolean x = a[i] != 0;
            boolean y = b[i] != 0;
            inter += x && y ? 1 : 0;
            union += x || y ? 1 : 0;
        }
        return union == 0 ? 1 : (double) inter / union;
    }
}
