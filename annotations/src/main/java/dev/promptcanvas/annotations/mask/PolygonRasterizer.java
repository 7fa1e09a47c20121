package dev.promptcanvas.annotations.mask;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Ring;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Vector shapes to COCO RLE by pycocotools' rasterisation rule ({@code rleFrPoly}), reproduced exactly.
 *
 * <p>The rule: vertices are scaled by 5 and rounded, the outline is walked point by point on that fine grid, and
 * every step that crosses a pixel column's centre line (x + 0.5) toggles the mask from the nearest row below the
 * crossing downwards. In effect a pixel is set when its centre lies inside the outline, up to the 1/5-pixel grid.
 */
public final class PolygonRasterizer {

    private static final double SCALE = 5;
    private static final double MAX_COORDINATE = 1e8;

    private PolygonRasterizer() {
    }

    /** One ring [x1, y1, x2, y2, ...] exactly as pycocotools' {@code frPyObjects([ring], h, w)} rasterises it. */
    public static Rle rasterize(double[] flatXy, int height, int width) {
        checkSize(height, width);
        if (flatXy == null || flatXy.length % 2 != 0) {
            throw new IllegalArgumentException("polygon ring: needs an even number of coordinates, has "
                    + (flatXy == null ? "none" : flatXy.length));
        }
        int k = flatXy.length / 2;
        if (k == 0 || height == 0 || width == 0) {
            return Rle.empty(height, width);
        }
        int[] xs = new int[k + 1];
        int[] ys = new int[k + 1];
        for (int j = 0; j < k; j++) {
            xs[j] = scaled(flatXy, 2 * j);
            ys[j] = scaled(flatXy, 2 * j + 1);
        }
        xs[k] = xs[0];
        ys[k] = ys[0];
        Crossings crossings = new Crossings(height, width);
        for (int j = 0; j < k; j++) {
            walkSegment(xs[j], ys[j], xs[j + 1], ys[j + 1], crossings);
        }
        return Rle.ofTrustedCounts(height, width, crossings.toCounts());
    }

    /** A COCO polygon segmentation (a list of rings): each ring rasterised, then unioned as pycocotools' merge does. */
    public static Rle rasterize(List<double[]> rings, int height, int width) {
        checkSize(height, width);
        if (rings == null || rings.isEmpty()) {
            return Rle.empty(height, width);
        }
        List<Rle> masks = new ArrayList<>(rings.size());
        for (double[] ring : rings) {
            masks.add(rasterize(ring, height, width));
        }
        return MaskOps.merge(masks, false);
    }

    /** A polygon with holes: per part, the shell minus its holes; the parts unioned. */
    public static Rle rasterize(Polygon polygon, int height, int width) {
        checkSize(height, width);
        Rle result = null;
        for (PolygonPart part : polygon.parts()) {
            Rle mask = rasterize(part.shell().coordinates(), height, width);
            for (Ring hole : part.holes()) {
                mask = MaskOps.difference(mask, rasterize(hole.coordinates(), height, width));
            }
            result = result == null ? mask : MaskOps.union(result, mask);
        }
        return result;
    }

    /** A box as pycocotools' {@code frBbox} does it: the polygon (x1,y1) (x1,y2) (x2,y2) (x2,y1). */
    public static Rle rasterize(Box box, int height, int width) {
        double[] xy = {box.x1(), box.y1(), box.x1(), box.y2(), box.x2(), box.y2(), box.x2(), box.y1()};
        return rasterize(xy, height, width);
    }

    /** An ellipse through its sampled outline ({@link EllipseOutline}), then the polygon rule. */
    public static Rle rasterize(Ellipse ellipse, int height, int width) {
        return rasterize(EllipseOutline.sample(ellipse), height, width);
    }

    private static int scaled(double[] xy, int index) {
        double value = xy[index];
        if (!Double.isFinite(value) || Math.abs(value) > MAX_COORDINATE) {
            throw new IllegalArgumentException("polygon ring: coordinate " + index + " (" + value
                    + ") is not a finite number within ±" + (long) MAX_COORDINATE);
        }
        return (int) (SCALE * value + .5);
    }

    /** Emits the fine-grid points of one edge, from its first vertex to its last, as rleFrPoly does. */
    private static void walkSegment(int x0, int y0, int x1, int y1, Crossings out) {
        int dx = Math.abs(x1 - x0);
        int dy = Math.abs(y0 - y1);
        boolean flip = (dx >= dy && x0 > x1) || (dx < dy && y0 > y1);
        int xs = flip ? x1 : x0;
        int xe = flip ? x0 : x1;
        int ys = flip ? y1 : y0;
        int ye = flip ? y0 : y1;
        if (dx >= dy) {
            double s = dx == 0 ? 0 : (double) (ye - ys) / dx;
            for (int d = 0; d <= dx; d++) {
                int t = flip ? dx - d : d;
                out.point(t + xs, (int) (ys + s * t + .5));
            }
        } else {
            double s = (double) (xe - xs) / dy;
            for (int d = 0; d <= dy; d++) {
                int t = flip ? dy - d : d;
                out.point((int) (xs + s * t + .5), t + ys);
            }
        }
    }

    private static void checkSize(int height, int width) {
        if (height < 0 || width < 0 || (long) height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("mask size [" + height + ", " + width + "] is negative or too large");
        }
    }

    /** Collects the points where the fine outline crosses a pixel column centre, then turns them into runs. */
    private static final class Crossings {
        private final int height;
        private final int width;
        private int[] at = new int[64];
        private int size;
        private boolean started;
        private int pu;
        private int pv;

        Crossings(int height, int width) {
            this.height = height;
            this.width = width;
        }

        void point(int u, int v) {
            if (started && u != pu) {
                double xd = u < pu ? u : u - 1;
                xd = (xd + .5) / SCALE - .5;
                if (Math.floor(xd) == xd && xd >= 0 && xd <= width - 1) {
                    double yd = Math.min(v, pv);
                    yd = (yd + .5) / SCALE - .5;
                    if (yd < 0) {
                        yd = 0;
                    } else if (yd > height) {
                        yd = height;
                    }
                    yd = Math.ceil(yd);
                    add((int) xd * height + (int) yd);
                }
            }
            started = true;
            pu = u;
            pv = v;
        }

        private void add(int index) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = index;
        }

        /** Sorted toggle positions to run lengths; a zero-length run folds the next one into the previous run. */
        int[] toCounts() {
            add(height * width);
            int k = size;
            int[] a = at;
            Arrays.sort(a, 0, k);
            int previous = 0;
            for (int j = 0; j < k; j++) {
                int t = a[j];
                a[j] -= previous;
                previous = t;
            }
            int[] b = new int[k];
            int m = 0;
            int j = 0;
            b[m++] = a[j++];
            while (j < k) {
                if (a[j] > 0) {
                    b[m++] = a[j++];
                } else {
                    j++;
                    if (j < k) {
                        b[m - 1] += a[j++];
                    }
                }
            }
            return Arrays.copyOf(b, m);
        }
    }
}
