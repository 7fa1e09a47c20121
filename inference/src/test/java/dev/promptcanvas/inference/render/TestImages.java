package dev.promptcanvas.inference.render;

import java.awt.image.BufferedImage;

/** Synthetic test images. */
final class TestImages {

    private TestImages() {
    }

    /** A uniform image. */
    static BufferedImage uniform(int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    /** A deterministic texture with detail at every scale (so blurring visibly changes it). */
    static BufferedImage textured(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = (x * 255 / Math.max(1, w - 1)) & 0xFF;
                int g = ((x / 3 + y / 3) % 2 == 0) ? 40 : 215;
                int b = (x * 7 + y * 13) % 256;
                img.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }

    static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xFFFFFF;
    }

    /** Reference blend written independently of {@link Pixels#blend}: round(c*a/255 + d*(1 - a/255)). */
    static int expectedBlend(int under, int over, int alpha) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double c = (over >> shift) & 0xFF;
            double d = (under >> shift) & 0xFF;
            int v = (int) Math.floor(c * alpha / 255.0 + d * (255 - alpha) / 255.0 + 0.5);
            out |= v << shift;
        }
        return out;
    }
}
