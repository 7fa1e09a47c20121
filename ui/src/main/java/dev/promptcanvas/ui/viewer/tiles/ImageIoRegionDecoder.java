package dev.promptcanvas.ui.viewer.tiles;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Bands through any ImageIO reader (JPEG, PNG, TIFF, BMP, GIF ...) with a source region and source subsampling.
 * Formats stored as tiles or strips (TIFF) read a band without decoding the rest; sequential ones (JPEG) decode
 * the rows above it too.
 */
final class ImageIoRegionDecoder implements RegionDecoder {

    private final Path file;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final int width;
    private final int height;

    private ImageIoRegionDecoder(Path file, ImageInputStream input, ImageReader reader) throws IOException {
        this.file = file;
        this.input = input;
        this.reader = reader;
        this.width = reader.getWidth(0);
        this.height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new IOException(file + ": image size " + width + "x" + height + " is not positive");
        }
    }

    static ImageIoRegionDecoder open(Path file) throws IOException {
        ImageInputStream input = ImageIO.createImageInputStream(file.toFile());
        if (input == null) {
            throw new IOException(file + ": cannot be opened for reading");
        }
        try {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException(file + ": no image reader understands this file (unknown format)");
            }
            ImageReader reader = readers.next();
            reader.setInput(input, true, true);
            return new ImageIoRegionDecoder(file, input, reader);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public synchronized ArgbRaster read(int y0, int rows, int step) throws IOException {
        if (y0 < 0 || rows <= 0 || y0 + rows > height || step <= 0) {
            throw new IllegalArgumentException(file + ": rows " + y0 + "+" + rows + " step " + step
                    + " outside height " + height);
        }
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(new Rectangle(0, y0, width, rows));
        param.setSourceSubsampling(step, step, 0, 0);
        try {
            BufferedImage image = reader.read(0, param);
            return Argb.of(image);
        } catch (RuntimeException e) {
            throw new IOException(file + ": cannot decode rows " + y0 + "-" + (y0 + rows) + ": " + e, e);
        }
    }

    @Override
    public synchronized void close() {
        reader.dispose();
        try {
            input.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
