package dev.promptcanvas.annotations.formats;

import java.nio.file.Path;

/**
 * How to write a dataset.
 *
 * @param projectDir the folder the dataset's relative image paths are relative to (to find or copy images)
 * @param maskEncoding how masks are written where the format offers a choice
 * @param polygonTolerance Douglas-Peucker tolerance in pixels when masks become polygons
 */
public record WriteOptions(Path projectDir, MaskEncoding maskEncoding, double polygonTolerance) {

    public WriteOptions {
        maskEncoding = maskEncoding == null ? MaskEncoding.RLE : maskEncoding;
        if (!(polygonTolerance >= 0)) {
            throw new IllegalArgumentException("polygon tolerance must be >= 0, got " + polygonTolerance);
        }
    }

    public static WriteOptions defaults(Path projectDir) {
        return new WriteOptions(projectDir, MaskEncoding.RLE, 1.0);
    }
}
