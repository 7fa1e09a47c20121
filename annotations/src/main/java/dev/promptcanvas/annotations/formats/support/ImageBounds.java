package dev.promptcanvas.annotations.formats.support;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What readers do with coordinates outside the image [0, width] x [0, height].
 *
 * <p>LabelMe and CVAT users drag vertices slightly past the border all the time, and COCO's own rasteriser
 * ({@code rleFrPoly}) ignores whatever lies outside. So readers <b>clip</b> rather than reject:
 * <ul>
 *   <li>polygons are clipped to the image rectangle (Sutherland-Hodgman, ring by ring; rings left with no area
 *       are dropped) - the region inside the image is unchanged (COCO's rasteriser, which rounds vertices to a
 *       1/5-pixel grid, may step a pixel differently along the shortened edges);</li>
 *   <li>boxes are intersected with the image;</li>
 *   <li>polyline and arrow vertices are clamped onto the border (as LabelMe does while drawing);</li>
 *   <li>ellipses are kept as drawn (their raster is clipped when drawn);</li>
 *   <li>a point outside the image, and any shape lying wholly outside it, is rejected as invalid;</li>
 *   <li>masks must already have the image's size.</li>
 * </ul>
 * NaN and infinite coordinates never get here: the readers reject them first.
 */
public final class ImageBounds {

    private ImageBounds() {
    }

    /** The geometry fitted to a width x height image, or an {@link InvalidFieldException} naming {@code field}. */
    public static Geometry fit(Geometry g, int width, int height, String field) throws InvalidFieldException {
        if (g instanceof Mask m) {
            if (m.width() != width || m.height() != height) {
                throw new InvalidFieldException(field, "mask is " + m.width() + "x" + m.height()
                        + " but the image is " + width + "x" + height);
            }
            return m;
        }
        if (g instanceof Point pt) {
            if (pt.x() < 0 || pt.y() < 0 || pt.x() > width || pt.y() > height) {
                throw new InvalidFieldException(field, "point (" + pt.x() + ", " + pt.y() + ") lies outside the "
                        + width + "x" + height + " image");
            }
            return pt;
        }
        Box bounds = g.bounds();
        if (bounds.x1() > width || bounds.y1() > height || bounds.x2() < 0 || bounds.y2() < 0) {
            throw new InvalidFieldException(field, "the " + g.kind() + " lies wholly outside the " + width + "x"
                    + height + " image (bounds " + describe(bounds) + ")");
        }
        if (bounds.x1() >= 0 && bounds.y1() >= 0 && bounds.x2() <= width && bounds.y2() <= height) {
            return g;
        }
        if (g instanceof Box) {
            return new Box(Math.max(0, bounds.x1()), Math.max(0, bounds.y1()), Math.min(width, bounds.x2()),
                    Math.min(height, bounds.y2()));
        } else if (g instanceof Polygon p) {
            return clip(p, width, height, field);
        } else if (g instanceof Polyline l) {
            return Polyline.of(clamp(l.coordinates(), width, height));
        } else if (g instanceof Arrow a) {
            return new Arrow(clamp(a.tail(), width, height), clamp(a.head(), width, height));
        } else if (g instanceof Ellipse) {
            return g;
        }
        throw new IllegalArgumentException("unknown geometry " + g);
    }

    private static Polygon clip(Polygon polygon, int width, int height, String field) throws InvalidFieldException {
        List<PolygonPart> parts = new ArrayList<>();
        for (PolygonPart part : polygon.parts()) {
            double[] shell = clipRing(part.shell().coordinates(), width, height);
            if (shell == null) {
                continue;
            }
            List<Ring> holes = new ArrayList<>();
            for (Ring hole : part.holes()) {
                double[] h = clipRing(hole.coordinates(), width, height);
                if (h != null) {
                    holes.add(Ring.of(h));
                }
            }
            parts.add(new PolygonPart(Ring.of(shell), holes));
        }
        if (parts.isEmpty()) {
            throw new InvalidFieldException(field, "the polygon has no area inside the " + width + "x" + height
                    + " image");
        }
        return new Polygon(parts);
    }

    /** The ring clipped to [0, w] x [0, h], or null when nothing with area is left. */
    static double[] clipRing(double[] xy, double w, double h) {
        double[] r = xy;
        r = clipEdge(r, 0, 0, false);
        r = clipEdge(r, 0, w, true);
        r = clipEdge(r, 1, 0, false);
        r = clipEdge(r, 1, h, true);
        r = dropRepeats(r);
        if (r.length < 6 || Ring.of(r).area() == 0) {
            return null;
        }
        return r;
    }

    /** One Sutherland-Hodgman pass: keeps the side of axis = limit where coordinates are >= (or <= if upper). */
    private static double[] clipEdge(double[] xy, int axis, double limit, boolean upper) {
        int n = xy.length / 2;
        double[] out = new double[Math.max(4, xy.length * 2)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ax = xy[2 * i];
            double ay = xy[2 * i + 1];
            double bx = xy[2 * j];
            double by = xy[2 * j + 1];
            double av = axis == 0 ? ax : ay;
            double bv = axis == 0 ? bx : by;
            boolean aIn = upper ? av <= limit : av >= limit;
            boolean bIn = upper ? bv <= limit : bv >= limit;
            if (aIn) {
                out[k++] = ax;
                out[k++] = ay;
            }
            if (aIn != bIn) {
                double t = (limit - av) / (bv - av);
                out[k++] = axis == 0 ? limit : ax + t * (bx - ax);
                out[k++] = axis == 0 ? ay + t * (by - ay) : limit;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static double[] dropRepeats(double[] xy) {
        int n = xy.length / 2;
        double[] out = new double[xy.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            if (k >= 2 && out[k - 2] == x && out[k - 1] == y) {
                continue;
            }
            out[k++] = x;
            out[k++] = y;
        }
        while (k >= 4 && out[0] == out[k - 2] && out[1] == out[k - 1]) {
            k -= 2;
        }
        return Arrays.copyOf(out, k);
    }

    private static double[] clamp(double[] xy, double w, double h) {
        double[] out = xy.clone();
        for (int i = 0; i < out.length; i += 2) {
            out[i] = Math.min(w, Math.max(0, out[i]));
            out[i + 1] = Math.min(h, Math.max(0, out[i + 1]));
        }
        return out;
    }

    private static Point clamp(Point p, double w, double h) {
        return new Point(Math.min(w, Math.max(0, p.x())), Math.min(h, Math.max(0, p.y())));
    }

    private static String describe(Box b) {
        return "(" + b.x1() + ", " + b.y1() + ")-(" + b.x2() + ", " + b.y2() + ")";
    }
}
