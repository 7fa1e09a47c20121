package dev.promptcanvas.inference.render;

/**
 * Which pixels a drawn mark covers: a rectangle of the image (clipped to it) and a row-major byte mask inside it.
 * Compositing paints every covered pixel once with one colour and one opacity, as ViP-LLaVA's RGBA layer does.
 */
record Coverage(int x0, int y0, int width, int height, byte[] bits) {

    static final Coverage EMPTY = new Coverage(0, 0, 0, 0, new byte[0]);

    static Coverage of(RegionRaster r) {
        return new Coverage(r.x0(), r.y0(), r.width(), r.height(), r.bits());
    }

    boolean covers(int x, int y) {
        int i = x - x0;
        int j = y - y0;
        return i >= 0 && j >= 0 && i < width && j < height && bits[j * width + i] != 0;
    }

    long count() {
        long n = 0;
        for (byte b : bits) {
            if (b != 0) {
                n++;
            }
        }
        return n;
    }

    /** Blends {@code rgb} at {@code alpha} over every covered pixel of {@code dst} (an image {@code imageWidth} wide). */
    void compositeOnto(int[] dst, int imageWidth, int imageHeight, int rgb, int alpha) {
        for (int j = 0; j < height; j++) {
            int y = y0 + j;
            if (y < 0 || y >= imageHeight) {
                continue;
            }
            int row = j * width;
            int out = y * imageWidth;
            for (int i = 0; i < width; i++) {
                int x = x0 + i;
                if (bits[row + i] != 0 && x >= 0 && x < imageWidth) {
                    dst[out + x] = Pixels.blend(dst[out + x], rgb, alpha);
                }
            }
        }
    }
}
