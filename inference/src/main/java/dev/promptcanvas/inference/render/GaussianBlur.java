package dev.promptcanvas.inference.render;

import java.awt.image.BufferedImage;

/**
 * A fast Gaussian blur: three successive box blurs whose widths match the Gaussian's variance (separable, running
 * sums, edges extended), so the cost does not depend on the radius. Large sigmas are blurred on an image reduced by
 * an integer factor and scaled back bilinearly, which is indistinguishable at those radii.
 */
public final class GaussianBlur {

    private static final int PASSES = 3;

    private GaussianBlur() {
    }

    /** The image blurred with standard deviation {@code sigma} pixels ({@code TYPE_INT_RGB} in and out). */
    public static BufferedImage blur(BufferedImage rgb, double sigma) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] src = Pixels.data(rgb);
        int[] dst = Pixels.data(out);
        if (!(sigma > 0.3)) {
            System.arraycopy(src, 0, dst, 0, src.length);
            return out;
        }
        int factor = (int) Math.max(1, Math.min(Math.min(w, h) / 4, Math.floor(sigma / 6)));
        factor = Math.max(1, factor);
        int sw = (w + factor - 1) / factor;
        int sh = (h + factor - 1) / factor;
        int[][] planes = reduce(src, w, h, factor, sw, sh);
        int[] radii = boxRadii(sigma / factor);
        int[] tmp = new int[sw * sh];
        for (int[] plane : planes) {
            for (int r : radii) {
                horizontal(plane, tmp, sw, sh, r);
                vertical(tmp, plane, sw, sh, r);
            }
        }
        enlarge(planes, sw, sh, factor, dst, w, h);
        return out;
    }

    /** Radii of the three boxes approximating a Gaussian of this sigma (Kovesi / Kutskir). */
    static int[] boxRadii(double sigma) {
        double ideal = Math.sqrt(12 * sigma * sigma / PASSES + 1);
        int wl = (int) Math.floor(ideal);
        if (wl % 2 == 0) {
            wl--;
        }
        int wu = wl + 2;
        double mIdeal = (12 * sigma * sigma - PASSES * wl * wl - 4.0 * PASSES * wl - 3.0 * PASSES) / (-4.0 * wl - 4);
        long m = Math.round(mIdeal);
        int[] radii = new int[PASSES];
        for (int i = 0; i < PASSES; i++) {
            radii[i] = ((i < m ? wl : wu) - 1) / 2;
        }
        return radii;
    }

    private static int[][] reduce(int[] src, int w, int h, int f, int sw, int sh) {
        int[][] planes = new int[3][sw * sh];
        if (f == 1) {
            for (int i = 0; i < w * h; i++) {
                int p = src[i];
                planes[0][i] = (p >> 16) & 0xFF;
                planes[1][i] = (p >> 8) & 0xFF;
                planes[2][i] = p & 0xFF;
            }
            return planes;
        }
        int[] n = new int[sw * sh];
        for (int y = 0; y < h; y++) {
            int row = (y / f) * sw;
            for (int x = 0; x < w; x++) {
                int k = row + x / f;
                int p = src[y * w + x];
                planes[0][k] += (p >> 16) & 0xFF;
                planes[1][k] += (p >> 8) & 0xFF;
                planes[2][k] += p & 0xFF;
                n[k]++;
            }
        }
        for (int[] plane : planes) {
            for (int k = 0; k < plane.length; k++) {
                plane[k] = (plane[k] + n[k] / 2) / n[k];
            }
        }
        return planes;
    }

    /** Bilinear enlargement of the reduced planes back to w x h (fixed point, weights precomputed per column). */
    private static void enlarge(int[][] planes, int sw, int sh, int f, int[] dst, int w, int h) {
        int[] cx0 = new int[w];
        int[] cx1 = new int[w];
        int[] cwx = new int[w];
        for (int x = 0; x < w; x++) {
            double fx = Math.max(0, Math.min(sw - 1, (x + 0.5) / f - 0.5));
            cx0[x] = (int) fx;
            cx1[x] = Math.min(sw - 1, cx0[x] + 1);
            cwx[x] = (int) Math.round((fx - cx0[x]) * 256);
        }
        int[][] top = new int[3][w];
        int[][] bottom = new int[3][w];
        for (int y = 0; y < h; y++) {
            double fy = Math.max(0, Math.min(sh - 1, (y + 0.5) / f - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(sh - 1, y0 + 1);
            int wy = (int) Math.round((fy - y0) * 256);
            for (int c = 0; c < 3; c++) {
                int[] p = planes[c];
                for (int x = 0; x < w; x++) {
                    int a = p[y0 * sw + cx0[x]];
                    int b = p[y0 * sw + cx1[x]];
                    int d = p[y1 * sw + cx0[x]];
                    int e = p[y1 * sw + cx1[x]];
                    top[c][x] = a * (256 - cwx[x]) + b * cwx[x];
                    bottom[c][x] = d * (256 - cwx[x]) + e * cwx[x];
                }
            }
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int r = (top[0][x] * (256 - wy) + bottom[0][x] * wy + 32768) >> 16;
                int g = (top[1][x] * (256 - wy) + bottom[1][x] * wy + 32768) >> 16;
                int b = (top[2][x] * (256 - wy) + bottom[2][x] * wy + 32768) >> 16;
                dst[row + x] = (r << 16) | (g << 8) | b;
            }
        }
    }

    /** Box blur of radius r along rows, edges extended; integer rounding. */
    private static void horizontal(int[] in, int[] out, int w, int h, int r) {
        int size = 2 * r + 1;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            long sum = 0;
            for (int k = -r; k <= r; k++) {
                sum += in[row + clamp(k, w)];
            }
            for (int x = 0; x < w; x++) {
                out[row + x] = (int) ((sum + size / 2) / size);
                sum += in[row + clamp(x + r + 1, w)] - in[row + clamp(x - r, w)];
            }
        }
    }

    private static void vertical(int[] in, int[] out, int w, int h, int r) {
        int size = 2 * r + 1;
        for (int x = 0; x < w; x++) {
            long sum = 0;
            for (int k = -r; k <= r; k++) {
                sum += in[clamp(k, h) * w + x];
            }
            for (int y = 0; y < h; y++) {
                out[y * w + x] = (int) ((sum + size / 2) / size);
                sum += in[clamp(y + r + 1, h) * w + x] - in[clamp(y - r, h) * w + x];
            }
        }
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : (v >= n ? n - 1 : v);
    }
}
