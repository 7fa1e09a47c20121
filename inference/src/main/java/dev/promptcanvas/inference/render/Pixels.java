package dev.promptcanvas.inference.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Pixel-level helpers on {@code TYPE_INT_RGB} images: copying, direct access and integer alpha blending. */
public final class Pixels {

    private Pixels() {
    }

    /**
     * A {@code TYPE_INT_RGB} copy of any image. Alpha is dropped, as PIL's {@code convert("RGB")} does; the source is
     * never modified.
     */
    public static BufferedImage copyToRgb(BufferedImage src) {
        if (src == null) {
            throw new IllegalArgumentException("image is required");
        }
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] dst = data(out);
        int type = src.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && src.getRaster().getDataBuffer() instanceof DataBufferInt
                && src.getRaster().getParent() == null && src.getRaster().getSampleModelTranslateX() == 0
                && src.getRaster().getSampleModelTranslateY() == 0) {
            int[] s = ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
            if (s.length >= w * h) {
                if (type == BufferedImage.TYPE_INT_RGB) {
                    System.arraycopy(s, 0, dst, 0, w * h);
                } else {
                    for (int i = 0; i < w * h; i++) {
                        dst[i] = s[i] & 0xFFFFFF;
                    }
                }
                return out;
            }
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                dst[y * w + x] = row[x] & 0xFFFFFF;
            }
        }
        return out;
    }

    /**
     * The backing pixel array of an image made by this package ({@code TYPE_INT_RGB}, row-major; the top byte is
     * not part of the colour and may hold anything).
     */
    public static int[] data(BufferedImage rgbImage) {
        if (rgbImage.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected a TYPE_INT_RGB image, got type " + rgbImage.getType());
        }
        return ((DataBufferInt) rgbImage.getRaster().getDataBuffer()).getData();
    }

    /** {@code over} blended on {@code under} with opacity {@code alpha} (0..255), rounded per channel. */
    public static int blend(int under, int over, int alpha) {
        if (alpha >= 255) {
            return over & 0xFFFFFF;
        }
        if (alpha <= 0) {
            return under & 0xFFFFFF;
        }
        int inv = 255 - alpha;
        int r = (((over >> 16) & 0xFF) * alpha + ((under >> 16) & 0xFF) * inv + 127) / 255;
        int g = (((over >> 8) & 0xFF) * alpha + ((under >> 8) & 0xFF) * inv + 127) / 255;
        int b = ((over & 0xFF) * alpha + (under & 0xFF) * inv + 127) / 255;
        return (r << 16) | (g << 8) | b;
    }

    /** FGVP's {@code cv2.addWeighted(overlay, a, image, 1 - a, 0)} for one pixel, rounded and saturated. */
    public static int weighted(int image, int overlay, double a) {
        double inv = 1 - a;
        int r = clamp(Math.round(((overlay >> 16) & 0xFF) * a + ((image >> 16) & 0xFF) * inv));
        int g = clamp(Math.round(((overlay >> 8) & 0xFF) * a + ((image >> 8) & 0xFF) * inv));
        int b = clamp(Math.round((overlay & 0xFF) * a + (image & 0xFF) * inv));
        return (r << 16) | (g << 8) | b;
    }

    /** ITU-R BT.601 luma as OpenCV's RGB2GRAY computes it, as a grey RGB pixel. */
    public static int gray(int rgb) {
        int y = (((rgb >> 16) & 0xFF) * 4899 + ((rgb >> 8) & 0xFF) * 9617 + (rgb & 0xFF) * 1868 + 8192) >> 14;
        return (y << 16) | (y << 8) | y;
    }

    /** A sub-image copied into its own {@code TYPE_INT_RGB} image. */
    public static BufferedImage crop(BufferedImage rgb, int x, int y, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] src = data(rgb);
        int[] dst = data(out);
        int sw = rgb.getWidth();
        for (int j = 0; j < h; j++) {
            System.arraycopy(src, (y + j) * sw + x, dst, j * w, w);
        }
        return out;
    }

    /** A Graphics2D on the image with antialiasing off (exact colours, PIL-like coverage). */
    public static Graphics2D crispGraphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static int clamp(long v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
