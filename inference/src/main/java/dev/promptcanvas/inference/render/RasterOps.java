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
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int k = j * w + i;
                if (src[k] == 0) {
                    continue;
                }
                int x = r.x0() + i;
                int y = r.y0() + j;
                boolean border = i == 0 || j == 0 || i == w - 1 || j == h - 1
                        || src[k - 1] == 0 || src[k + 1] == 0 || src[k - w] == 0 || src[k + w] == 0
                        || x == 0 || y == 0 || x == r.imageWidth() - 1 || y == r.imageHeight() - 1;
                if (border) {
                    edge[k] = 1;
                }
            }
        }
        return dilate(new Coverage(r.x0(), r.y0(), w, h, edge), lo, hi, r.imageWidth(), r.imageHeight());
    }

    /** Square dilation: output pixel X is set when some input pixel x = X - d with d in [lo, hi] is (both axes). */
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
        // horizontal pass: rows of the input, columns of the output
        byte[] mid = new byte[h * ow];
        for (int j = 0; j < h; j++) {
            int count = 0;
            // window for output column X covers input columns [X - hi, X - lo] (local: X - x0in)
            int left = ox0 - hi - in.x0();
            int right = ox0 - lo - in.x0();
            for (int i = left; i <= right; i++) {
                if (i >= 0 && i < w && src[j * w + i] != 0) {
                    count++;
                }
            }
            for (int c = 0; c < ow; c++) {
                if (count > 0) {
                    mid[j * ow + c] = 1;
                }
                if (left >= 0 && left < w && src[j * w + left] != 0) {
                    count--;
                }
                left++;
                right++;
                if (right >= 0 && right < w && src[j * w + right] != 0) {
                    count++;
                }
            }
        }
        byte[] out = new byte[oh * ow];
        for (int c = 0; c < ow; c++) {
            int count = 0;
            int top = oy0 - hi - in.y0();
            int bottom = oy0 - lo - in.y0();
            for (int j = top; j <= bottom; j++) {
                if (j >= 0 && j < h && mid[j * ow + c] != 0) {
                    count++;
                }
            }
            for (int rr = 0; rr < oh; rr++) {
                if (count > 0) {
                    out[rr * ow + c] = 1;
                }
                if (top >= 0 && top < h && mid[top * ow + c] != 0) {
                    count--;
                }
                top++;
                bottom++;
                if (bottom >= 0 && bottom < h && mid[bottom * ow + c] != 0) {
                    count++;
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
