package dev.promptcanvas.annotations.mask;

import java.util.Arrays;

/**
 * A binary mask as COCO run-length encoding, byte-compatible with pycocotools ({@code maskApi.c}).
 *
 * <p>The mask is flattened column-major (index = x * height + y); counts alternate runs of zeros and ones,
 * starting with zeros (the first count may be 0). Instances are immutable.
 */
public final class Rle {

    private final int height;
    private final int width;
    private final int[] counts;

    private Rle(int height, int width, int[] counts) {
        this.height = height;
        this.width = width;
        this.counts = counts;
    }

    /** An RLE from uncompressed counts; the counts must add up to height * width. */
    public static Rle ofCounts(int height, int width, int[] counts) {
        return new Rle(height, width, checkCounts(height, width, counts).clone());
    }

    private static int[] checkCounts(int height, int width, int[] counts) {
        requireSize(height, width);
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("RLE count " + i + " is negative (" + counts[i] + ")");
            }
            sum += counts[i];
        }
        if (sum != (long) height * width) {
            throw new IllegalArgumentException("RLE counts add up to " + sum + " but size [" + height + ", " + width
                    + "] has " + (long) height * width + " pixels");
        }
        return counts;
    }

    /**
     * Like {@link #ofCounts} without the defensive copy, for producers of large masks that hand over a fresh array
     * they never touch again.
     */
    public static Rle adopt(int height, int width, int[] freshCounts) {
        return new Rle(height, width, checkCounts(height, width, freshCounts));
    }

    /** An all-zero mask. */
    public static Rle empty(int height, int width) {
        requireSize(height, width);
        return new Rle(height, width, new int[] {height * width});
    }

    /** Encodes a column-major mask (index = x * height + y; any non-zero byte is foreground). */
    public static Rle encodeColumnMajor(byte[] mask, int height, int width) {
        requireSize(height, width);
        int n = height * width;
        if (mask.length < n) {
            throw new IllegalArgumentException("mask has " + mask.length + " bytes, needs " + n);
        }
        return new Rle(height, width, RleScanner.runs(mask, n));
    }

    /** Encodes a row-major mask (index = y * width + x; any non-zero byte is foreground). */
    public static Rle encodeRowMajor(byte[] mask, int height, int width) {
        requireSize(height, width);
        int n = height * width;
        if (mask.length < n) {
            throw new IllegalArgumentException("mask has " + mask.length + " bytes, needs " + n);
        }
        byte[] columnMajor = new byte[n];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                columnMajor[x * height + y] = mask[row + x];
            }
        }
        return new Rle(height, width, RleScanner.runs(columnMajor, n));
    }

    /** Parses pycocotools' compressed counts string for a mask of the given size. */
    public static Rle fromString(String compressed, int height, int width) {
        return ofCounts(height, width, RleStrings.decode(compressed));
    }

    /** pycocotools' compressed counts string. */
    public String toCompressedString() {
        return RleStrings.encode(counts);
    }

    /** Decodes to a column-major byte mask (0 or 1). */
    public byte[] toColumnMajor() {
        byte[] out = new byte[height * width];
        int pos = 0;
        for (int i = 0; i < counts.length; i++) {
            int c = counts[i];
            if ((i & 1) == 1) {
                Arrays.fill(out, pos, pos + c, (byte) 1);
            }
            pos += c;
        }
        return out;
    }

    /** Decodes to a row-major byte mask (0 or 1). */
    public byte[] toRowMajor() {
        byte[] out = new byte[height * width];
        int pos = 0;
        for (int i = 0; i < counts.length; i++) {
            int c = counts[i];
            if ((i & 1) == 1 && c > 0) {
                int x = pos / height;
                int y = pos - x * height;
                for (int left = c; left > 0; left--) {
                    out[y * width + x] = 1;
                    if (++y == height) {
                        y = 0;
                        x++;
                    }
                }
            }
            pos += c;
        }
        return out;
    }

    /** Number of foreground pixels (sum of the odd-indexed counts). */
    public long area() {
        long a = 0;
        for (int i = 1; i < counts.length; i += 2) {
            a += counts[i];
        }
        return a;
    }

    /** Bounding box [x, y, w, h] exactly as pycocotools' {@code toBbox} computes it ([0,0,0,0] when empty). */
    public double[] bboxXywh() {
        int m = counts.length / 2 * 2;
        if (m == 0 || area() == 0) {
            return new double[] {0, 0, 0, 0};
        }
        long xs = width;
        long ys = height;
        long xe = 0;
        long ye = 0;
        long cc = 0;
        long xp = 0;
        for (int j = 0; j < m; j++) {
            cc += counts[j];
            long t = cc - (j % 2);
            long y = t % height;
            long x = (t - y) / height;
            if (j % 2 == 0) {
                xp = x;
            } else if (xp < x) {
                ys = 0;
                ye = height - 1;
            }
            xs = Math.min(xs, x);
            xe = Math.max(xe, x);
            ys = Math.min(ys, y);
            ye = Math.max(ye, y);
        }
        return new double[] {xs, ys, xe - xs + 1, ye - ys + 1};
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** A copy of the uncompressed counts. */
    public int[] counts() {
        return counts.clone();
    }

    /** The number of runs, without copying. */
    public int runCount() {
        return counts.length;
    }

    /** The i-th run length, without copying. */
    public int count(int i) {
        return counts[i];
    }

    /** The counts array itself, for the package's run-walking operations; callers must not modify it. */
    int[] rawCounts() {
        return counts;
    }

    /** Wraps counts the package has just built and already knows to be valid; no copy, no check. */
    static Rle ofTrustedCounts(int height, int width, int[] counts) {
        return new Rle(height, width, counts);
    }

    private static void requireSize(int height, int width) {
        if (height < 0 || width < 0) {
            throw new IllegalArgumentException("RLE size [" + height + ", " + width + "] is negative");
        }
        if ((long) height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("RLE size [" + height + ", " + width + "] exceeds 2^31-1 pixels");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rle r && r.height == height && r.width == width && Arrays.equals(r.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * height + width) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Rle[size=[" + height + ", " + width + "], counts=" + toCompressedString() + "]";
    }
}
