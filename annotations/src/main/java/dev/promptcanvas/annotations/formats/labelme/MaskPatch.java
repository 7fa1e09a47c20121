package dev.promptcanvas.annotations.formats.labelme;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.Arrays;

/**
 * A rectangle cut from a mask, as LabelMe stores mask shapes: the pixels of the mask's box (row-major, 0/1) and the
 * box's top-left pixel in the image.
 */
record MaskPatch(int x, int y, int width, int height, byte[] pixels) {

    /** The mask's bounding box and its pixels, or null when the mask is empty. */
    static MaskPatch crop(Rle rle) {
        if (rle.area() == 0) {
            return null;
        }
        double[] box = rle.bboxXywh();
        int x0 = (int) box[0];
        int y0 = (int) box[1];
        int w = (int) box[2];
        int h = (int) box[3];
        int imageHeight = rle.height();
        byte[] pixels = new byte[w * h];
        long pos = 0;
        for (int i = 0; i < rle.runCount(); i++) {
            int run = rle.count(i);
            if ((i & 1) == 1) {
                for (long k = pos; k < pos + run; k++) {
                    int cx = (int) (k / imageHeight);
                    int cy = (int) (k - (long) cx * imageHeight);
                    pixels[(cy - y0) * w + (cx - x0)] = 1;
                }
            }
            pos += run;
        }
        return new MaskPatch(x0, y0, w, h, pixels);
    }

    /** The patch placed on an image of the given size; pixels falling outside the image are dropped. */
    Rle place(int imageHeight, int imageWidth) {
        int xFrom = Math.max(0, x);
        int xTo = (int) Math.min(imageWidth, (long) x + width);
        int yFrom = Math.max(0, y);
        int yTo = (int) Math.min(imageHeight, (long) y + height);
        int[] counts = new int[16];
        int n = 0;
        long written = 0;
        long runStart = -1;
        long runEnd = -1;
        for (int cx = xFrom; cx < xTo; cx++) {
            for (int cy = yFrom; cy < yTo; cy++) {
                if (pixels[(cy - y) * width + (cx - x)] == 0) {
                    continue;
                }
                long at = (long) cx * imageHeight + cy;
                if (at == runEnd) {
                    runEnd++;
                    continue;
                }
                if (runStart >= 0) {
                    counts = grow(counts, n + 2);
                    counts[n++] = (int) (runStart - written);
                    counts[n++] = (int) (runEnd - runStart);
                    written = runEnd;
                }
                runStart = at;
                runEnd = at + 1;
            }
        }
        if (runStart >= 0) {
            counts = grow(counts, n + 2);
            counts[n++] = (int) (runStart - written);
            counts[n++] = (int) (runEnd - runStart);
            written = runEnd;
        }
        long total = (long) imageHeight * imageWidth;
        if (written < total || n == 0) {
            counts = grow(counts, n + 1);
            counts[n++] = (int) (total - written);
        }
        return Rle.ofCounts(imageHeight, imageWidth, Arrays.copyOf(counts, n));
    }

    private static int[] grow(int[] a, int needed) {
        return needed <= a.length ? a : Arrays.copyOf(a, Math.max(needed, a.length * 2));
    }
}
