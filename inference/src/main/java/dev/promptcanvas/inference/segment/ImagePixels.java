package dev.promptcanvas.inference.segment;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/** Packed RGB pixels of a {@link BufferedImage}, read from its raster directly for the common types. */
final class ImagePixels {

    private ImagePixels() {
    }

    /** Row-major 0xRRGGBB values (alpha dropped). */
    static int[] rgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int type = image.getType();
        boolean plainRaster = image.getRaster().getParent() == null && image.getRaster().getMinX() == 0
                && image.getRaster().getMinY() == 0;
        if (plainRaster && (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                || type == BufferedImage.TYPE_INT_ARGB_PRE)) {
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            if (type == BufferedImage.TYPE_INT_RGB) {
                return data.length == w * h ? data : java.util.Arrays.copyOf(data, w * h);
            }
            if (type == BufferedImage.TYPE_INT_ARGB) {
                int[] out = new int[w * h];
                for (int i = 0; i < out.length; i++) {
                    out[i] = data[i] & 0xFFFFFF;
                }
                return out;
            }
        }
        if (plainRaster && (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_4BYTE_ABGR)) {
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            int step = type == BufferedImage.TYPE_3BYTE_BGR ? 3 : 4;
            int off = step - 3;
            int[] out = new int[w * h];
            for (int i = 0, p = off; i < out.length; i++, p += step) {
                out[i] = (data[p + 2] & 0xFF) << 16 | (data[p + 1] & 0xFF) << 8 | (data[p] & 0xFF);
            }
            return out;
        }
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    }

    /** Row-major B, G, R bytes (OpenCV's CV_8UC3 order). */
    static byte[] bgr(BufferedImage image) {
        int[] rgb = rgb(image);
        byte[] out = new byte[rgb.length * 3];
        for (int i = 0, p = 0; i < rgb.length; i++, p += 3) {
            int v = rgb[i];
            out[p] = (byte) v;
            out[p + 1] = (byte) (v >> 8);
            out[p + 2] = (byte) (v >> 16);
        }
        return out;
    }
}
