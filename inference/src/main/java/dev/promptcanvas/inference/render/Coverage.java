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
        int[] red = new int[256];
        int[] green = new int[256];
        int[] blue = new int[256];
        for (int v = 0; v < 256; v++) {
            int p = Pixels.blend((v << 16) | (v << 8) | v, rgb, alpha);
            red[v] = p & 0xFF0000;
            green[v] = p & 0xFF00;
            blue[v] = p & 0xFF;
        }
        int i0 = Math.max(0, -x0);
        int i1 = Math.min(width, imageWidth - x0);
        for (int j = Math.max(0, -y0); j < Math.min(height, imageHeight - y0); j++) {
            int row = j * width;
            int out = (y0 + j) * imageWidth + x0;
            for (int i = i0; i < i1; i++) {
                if (bits[row + i] != 0) {
                    int d = dst[out + i];
                    dst[out + i] = red[(d >> 16) & 0xFF] | green[(d >> 8) & 0xFF] | blue[d & 0xFF];
                }
            }
        }
    }
}
