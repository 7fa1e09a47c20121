package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Point;

/** Raster operations on regions: outline bands (contours) and the most interior pixel (for label placement). */
final class RasterOps {

    private RasterOps() {
    }

    /** Fills {@code row} (length = input width) with input row {@code j}. */
    private interface RowSource {
        void row(int j, byte[] row);
    }

    /**
     * The region's boundary pixels (inside pixels with a 4-neighbour outside the region or the image) thickened by a
     * square window: every pixel (x + dx, y + dy) with dx, dy in [lo, hi] for a boundary pixel (x, y). Boundary rows
     * are found on the fly, so only the result is allocated.
     */
    static Coverage contourBand(RegionRaster r, int lo, int hi) {
        if (r.isEmpty()) {
            return Coverage.EMPTY;
        }
        int w = r.width();
        int h = r.height();
        byte[] src = r.bits();
        boolean leftImage = r.x0() == 0;
        boolean rightImage = r.x0() + w == r.imageWidth();
        RowSource edges = (j, row) -> {
            int base = j * w;
            boolean rowBorder = j == 0 || j == h - 1 || r.y0() + j == 0 || r.y0() + j == r.imageHeight() - 1;
            for (int i = 0; i < w; i++) {
                int k = base + i;
                row[i] = src[k] != 0 && (rowBorder || i == 0 || i == w - 1 || src[k - 1] == 0 || src[k + 1] == 0
                        || src[k - w] == 0 || src[k + w] == 0 || (leftImage && i == 0) || (rightImage && i == w - 1))
                        ? (byte) 1 : 0;
            }
        };
        return dilate(edges, r.x0(), r.y0(), w, h, lo, hi, r.imageWidth(), r.imageHeight());
    }

    /** Square dilation: output pixel (X, Y) is set when some input pixel (X - dx, Y - dy), dx, dy in [lo, hi], is. */
    static Coverage dilate(Coverage in, int lo, int hi, int imageWidth, int imageHeight) {
        int w = in.width();
        byte[] bits = in.bits();
        return dilate((j, row) -> System.arraycopy(bits, j * w, row, 0, w), in.x0(), in.y0(), w, in.height(), lo, hi,
                imageWidth, imageHeight);
    }

    /**
     * Row-wise dilation remembering, per column, the most recent set row, so the cost does not depend on the window
     * and only the output is allocated.
     */
    private static Coverage dilate(RowSource source, int x0, int y0, int w, int h, int lo, int hi, int imageWidth,
                                   int imageHeight) {
        int ox0 = Math.max(0, x0 + lo);
        int oy0 = Math.max(0, y0 + lo);
        int ox1 = Math.min(imageWidth, x0 + w + hi);
        int oy1 = Math.min(imageHeight, y0 + h + hi);
        int ow = ox1 - ox0;
        int oh = oy1 - oy0;
        if (ow <= 0 || oh <= 0 || w == 0 || h == 0) {
            return Coverage.EMPTY;
        }
        int dx0 = ox0 - x0;
        int dy0 = oy0 - y0;
        byte[] in = new byte[w];
        byte[] mid = new byte[ow];
        byte[] out = new byte[oh * ow];
        int[] recent = new int[ow];
        java.util.Arrays.fill(recent, Integer.MIN_VALUE / 2);
        int next = 0;
        for (int rr = 0; rr < oh; rr++) {
            for (int upTo = Math.min(h - 1, rr + dy0 - lo); next <= upTo; next++) {
                source.row(next, in);
                // horizontal: mid[c] set when in[i] is set for some i in [c + dx0 - hi, c + dx0 - lo]
                int last = Integer.MIN_VALUE / 2;
                int i = 0;
                for (int c = 0; c < ow; c++) {
                    for (int end = Math.min(w - 1, c + dx0 - lo); i <= end; i++) {
                        if (in[i] != 0) {
                            last = i;
                        }
                    }
                    mid[c] = last >= c + dx0 - hi ? (byte) 1 : 0;
                }
                for (int c = 0; c < ow; c++) {
                    if (mid[c] != 0) {
                        recent[c] = next;
                    }
                }
            }
            int limit = rr + dy0 - hi;
            int orow = rr * ow;
            for (int c = 0; c < ow; c++) {
                if (recent[c] >= limit) {
                    out[orow + c] = 1;
                }
            }
        }
        return new Coverage(ox0, oy0, ow, oh, out);
    }

    /**
     * The centre of the region's most interior pixel (largest chamfer distance to the outside), ties broken towards
     * the region's box centre; regions larger than {@code maxPixels} are examined on a coarser grid.
     */
    static Point mostInterior(RegionRaster r, int maxPixels) {
        int w = r.width();
        int h = r.height();
        int step = 1;
        while ((long) (w / step) * (h / step) > maxPixels) {
            step++;
        }
        int gw = Math.max(1, w / step);
        int gh = Math.max(1, h / step);
        byte[] bits = r.bits();
        int[] d = new int[gw * gh];
        final int inf = Integer.MAX_VALUE / 4;
        for (int j = 0; j < gh; j++) {
            for (int i = 0; i < gw; i++) {
                int si = Math.min(w - 1, i * step + step / 2);
                int sj = Math.min(h - 1, j * step + step / 2);
                d[j * gw + i] = bits[sj * w + si] != 0 ? inf : 0;
            }
        }
        for (int j = 0; j < gh; j++) {
            for (int i = 0; i < gw; i++) {
                int k = j * gw + i;
                if (d[k] != 0) {
                    int v = Math.min(d[k], at(d, gw, gh, i - 1, j) + 3);
                    v = Math.min(v, at(d, gw, gh, i, j - 1) + 3);
                    v = Math.min(v, at(d, gw, gh, i - 1, j - 1) + 4);
                    d[k] = Math.min(v, at(d, gw, gh, i + 1, j - 1) + 4);
                }
            }
        }
        for (int j = gh - 1; j >= 0; j--) {
            for (int i = gw - 1; i >= 0; i--) {
                int k = j * gw + i;
                if (d[k] != 0) {
                    int v = Math.min(d[k], at(d, gw, gh, i + 1, j) + 3);
                    v = Math.min(v, at(d, gw, gh, i, j + 1) + 3);
                    v = Math.min(v, at(d, gw, gh, i + 1, j + 1) + 4);
                    d[k] = Math.min(v, at(d, gw, gh, i - 1, j + 1) + 4);
                }
            }
        }
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        int best = -1;
        int bestD = -1;
        double bestC = Double.POSITIVE_INFINITY;
        for (int k = 0; k < d.length; k++) {
            if (d[k] <= 0) {
                continue;
            }
            int i = Math.min(w - 1, (k % gw) * step + step / 2);
            int j = Math.min(h - 1, (k / gw) * step + step / 2);
            double c = (i - cx) * (i - cx) + (j - cy) * (j - cy);
            if (d[k] > bestD || (d[k] == bestD && c < bestC)) {
                best = k;
                bestD = d[k];
                bestC = c;
            }
        }
        if (best < 0) {
            return r.nearestInside(r.x0() + cx + 0.5, r.y0() + cy + 0.5);
        }
        int i = Math.min(w - 1, (best % gw) * step + step / 2);
        int j = Math.min(h - 1, (best / gw) * step + step / 2);
        return new Point(r.x0() + i + 0.5, r.y0() + j + 0.5);
    }

    /** Chamfer distance at (i, j); cells outside the grid are outside the region (distance 0). */
    private static int at(int[] d, int gw, int gh, int i, int j) {
        return i < 0 || j < 0 || i >= gw || j >= gh ? 0 : d[j * gw + i];
    }
}
