package dev.promptcanvas.ui.viewer.tiles;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/** Conversions of decoded pixels to premultiplied ARGB ints, with fast paths for the common buffer layouts. */
final class Argb {

    private Argb() {
    }

    /** The pixels of any BufferedImage as premultiplied ARGB. */
    static ArgbRaster of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] out = new int[w * h];
        switch (image.getType()) {
            case BufferedImage.TYPE_INT_RGB -> {
                int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                for (int i = 0; i < out.length; i++) {
                    out[i] = 0xFF000000 | src[i];
                }
            }
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] src = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                for (int i = 0, j = 0; i < out.length; i++, j += 3) {
                    out[i] = 0xFF000000 | (src[j + 2] & 0xFF) << 16 | (src[j + 1] & 0xFF) << 8 | (src[j] & 0xFF);
                }
            }
            case BufferedImage.TYPE_BYTE_GRAY -> {
                byte[] src = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                for (int i = 0; i < out.length; i++) {
                    int v = src[i] & 0xFF;
                    out[i] = 0xFF000000 | v << 16 | v << 8 | v;
                }
            }
            default -> {
                BufferedImage pre = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = pre.createGraphics();
                g.setComposite(AlphaComposite.Src);
                g.drawImage(image, 0, 0, null);
                g.dispose();
                System.arraycopy(((DataBufferInt) pre.getRaster().getDataBuffer()).getData(), 0, out, 0, out.length);
            }
        }
        return new ArgbRaster(w, h, out);
    }

    /** Premultiplied ARGB of one straight-alpha pixel. */
    static int premultiply(int a, int r, int g, int b) {
        if (a == 255) {
            return 0xFF000000 | r << 16 | g << 8 | b;
        }
        if (a == 0) {
            return 0;
        }
        return a << 24 | (r * a + 127) / 255 << 16 | (g * a + 127) / 255 << 8 | (b * a + 127) / 255;
    }
}
