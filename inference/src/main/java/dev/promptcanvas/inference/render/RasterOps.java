package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Point;

/** Raster operations on regions: outline bands (contours) and the most interior pixel (for label placement). */
final class RasterOps {

    private RasterOps() {
    }

    /**
     * The region's boundary pixels (inside pixels with a 4-neighbour outside the region or the image) thickened by a
     * square window: every pixel (x + dx, y + dy) with dx, dy in [lo, hi] for a boundary pixel (x, y).
     */
    static Coverage contourBand(RegionRaster r, int lo, int hi) {
        if (r.isEmpty()) {
            return Coverage.EMPTY;
        }
        int w = r.width();
        int h = r.height();
        byte[] src = r.bits();
        byte[] edge = new byte[w * h];
        boolean leftImage = r.x0() == 0;
        boolean rightImage = r.x0() + w == r.imageWidth();
        for (int j = 0; j < h; j++) {
            int row = j * w;
            boolean rowBorder = j == 0 || j == h - 1 || r.y0() + j == 0 || r.y0() + j == r.imageHeight() - 1;
            for (int i = 0; i < w; i++) {
                int k = row + i;
                if (src[k] == 0) {
                    continue;
                }
                if (rowBorder || i == 0 || i == w - 1 || src[k - 1] == 0 || src[k + 1] == 0 || src[k - w] == 0
                        || src[k + w] == 0 || (leftImage && i == 0) || (rightImage && i == w - 1)) {
                    edge[k] = 1;
                }
            }
        }
        return dilate(new Coverage(r.x0(), r.y0(), w, h, edge), lo, hi, r.imageWidth(), r.imageHeight());
    }

    /**
     * Square dilation: output pixel (X, Y) is set when some input pixel (X - dx, Y - dy) with dx, dy in [lo, hi] is
     * set. Two row-wise passes, each remembering the most recent set pixel, so the cost does not depend on the window.
     */
    static Coverage dilate(Coverage in, int lo, int hi, int imageWidth, int imageHeight) {
        int w = in.width();
        int h = in.height();
        int ox0 = Math.max(0, in.x0() + lo);
        int oy0 = Math.max(0, in.y0() + lo);
        int ox1 = Math.min(imageWidth, in.x0() + w + hi);
        int oy1 = Math.min(imageHeight, in.y0() + h + hi);
        int ow = ox1 - ox0;
        int oh = oy1 - oy0;
        if (ow <= 0 || oh <= 0 || w == 0 || h == 0) {
            return Coverage.EMPTY;
        }
        byte[] src = in.bits();
        int dx0 = ox0 - in.x0();
        // horizontal: mid[j][c] set when src[j][i] is set for some i in [c + dx0 - hi, c + dx0 - lo]
        byte[] mid = new byte[h * ow];
        for (int j = 0; j < h; j++) {
            int row = j * w;
            int recent = Integer.MIN_VALUE / 2;
            int next = 0;
            for (int c = 0; c < ow; c++) {
                int upTo = Math.min(w - 1, c + dx0 - lo);
                for (; next <= upTo; next++) {
                    if (next >= 0 && src[row + next] != 0) {
                        recent = next;
                    }
                }
                if (recent >= c + dx0 - hi) {
                    mid[j * ow + c] = 1;
                }
            }
        }
        // vertical, row by row: out[r][c] set when mid[m][c] is set for some m in [r + dy0 - hi, r + dy0 - lo]
        int dy0 = oy0 - in.y0();
        byte[] out = new byte[oh * ow];
        int[] recent = new int[ow];
        java.util.Arrays.fill(recent, Integer.MIN_VALUE / 2);
        int next = 0;
        for (int rr = 0; rr < oh; rr++) {
            int upTo = Math.min(h - 1, rr + dy0 - lo);
            for (; next <= upTo; next++) {
                if (next < 0) {
                    continue;
                }
                int row = next * ow;
                for (int c = 0; c < ow; c++) {
                    if (mid[row + c] != 0) {
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
