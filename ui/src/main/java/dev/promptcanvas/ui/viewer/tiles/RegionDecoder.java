package dev.promptcanvas.ui.viewer.tiles;

import java.io.IOException;

/** Reads horizontal bands of an image file, subsampled; one caller at a time. */
interface RegionDecoder extends AutoCloseable {

    int width();

    int height();

    /**
     * Image rows [y0, y0 + rows), keeping every {@code step}-th row (from y0) and every {@code step}-th column
     * (from 0): a raster of ceil(width / step) × ceil(rows / step) pixels.
     */
    ArgbRaster read(int y0, int rows, int step) throws IOException;

    @Override
    void close();

    /** The output size of {@link #read} along one axis. */
    static int sampled(int length, int step) {
        return (length + step - 1) / step;
    }
}
