package dev.promptcanvas.ui.thumbnails;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes one thumbnail: decodes the image subsampled to about twice the thumbnail size (large images never decode
 * whole), then scales it down by halving with bilinear filtering so the result is smooth rather than aliased.
 */
final class ThumbnailMaker {

    private ThumbnailMaker() {
    }

    /** A thumbnail whose longer side is {@code size} (or the image's, if smaller), aspect ratio kept. */
    static BufferedImage make(Path file, int size) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException(file + ": cannot be opened for reading");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file + ": no image reader understands this file (unknown format)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                int step = Math.max(1, Math.max(w, h) / (2 * size));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                double scale = Math.min(1.0, (double) size / Math.max(w, h));
                int tw = Math.max(1, (int) Math.round(w * scale));
                int th = Math.max(1, (int) Math.round(h * scale));
                return scaleDown(decoded, tw, th);
            } catch (RuntimeException e) {
                throw new IOException(file + ": cannot decode: " + e, e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaleDown(BufferedImage src, int tw, int th) {
        BufferedImage current = src;
        int type = src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        do {
            int w = Math.max(tw, current.getWidth() / 2);
            int h = Math.max(th, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (current.getWidth() != tw || current.getHeight() != th);
        return current;
    }
}
