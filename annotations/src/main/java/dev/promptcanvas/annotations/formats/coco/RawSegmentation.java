package dev.promptcanvas.annotations.formats.coco;

import java.util.List;

/** A COCO segmentation as read, before it is checked against its image: polygons, or RLE in either form. */
sealed interface RawSegmentation {

    /**
     * {@code [[x1, y1, x2, y2, ...], ...]}: each ring has an even number (at least 6) of finite coordinates.
     *
     * @param extent min x, min y, max x, max y over all rings
     */
    record Polygons(List<double[]> rings, double[] extent) implements RawSegmentation {

        boolean within(int width, int height) {
            return extent[0] >= 0 && extent[1] >= 0 && extent[2] <= width && extent[3] <= height;
        }
    }

    /** {@code {"size": [h, w], "counts": "compressed string"}}. */
    record CompressedRle(int height, int width, String counts) implements RawSegmentation {
    }

    /** {@code {"size": [h, w], "counts": [n0, n1, ...]}} (uncompressed counts, as in COCO's crowd annotations). */
    record CountsRle(int height, int width, int[] counts) implements RawSegmentation {
    }
}
