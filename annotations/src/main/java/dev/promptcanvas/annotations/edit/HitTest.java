package dev.promptcanvas.annotations.edit;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;

/** Whether an image point hits a shape: inside an area, or within a tolerance of a line or point. */
public final class HitTest {

    private HitTest() {
    }

    /** True when (x, y) is inside g (areas) or within tolerance pixels of it (points and lines). */
    public static boolean hits(Geometry g, double x, double y, double tolerance) {
        if (g instanceof Box b) {
            return x >= b.x1() - tolerance && x <= b.x2() + tolerance && y >= b.y1() - tolerance
                    && y <= b.y2() + tolerance;
        } else if (g instanceof Polygon p) {
            return insidePolygon(p, x, y) || nearPolygonEdge(p, x, y, tolerance);
        } else if (g instanceof Ellipse e) {
            return insideEllipse(e, x, y, tolerance);
        } else if (g instanceof Mask m) {
            return maskPixel(m.rle(), (int) Math.floor(x), (int) Math.floor(y));
        } else if (g instanceof Point p) {
            return Math.hypot(p.x() - x, p.y() - y) <= tolerance;
        } else if (g instanceof Polyline l) {
            for (int i = 1; i < l.size(); i++) {
                if (segmentDistance(x, y, l.x(i - 1), l.y(i - 1), l.x(i), l.y(i)) <= tolerance) {
                    return true;
                }
            }
            return false;
        } else if (g instanceof Arrow a) {
            return segmentDistance(x, y, a.tail().x(), a.tail().y(), a.head().x(), a.head().y()) <= tolerance;
        }
        return false;
    }

    /** Even-odd rule over all rings, so holes are not hits. */
    public static boolean insidePolygon(Polygon p, double x, double y) {
        boolean inside = false;
        for (Ring r : p.allRings()) {
            int n = r.size();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double yi = r.y(i);
                double yj = r.y(j);
                if ((yi > y) != (yj > y)) {
                    double xCross = r.x(j) + (y - yj) * (r.x(i) - r.x(j)) / (yi - yj);
                    if (x < xCross) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }

    /** Distance from (px, py) to the segment (ax, ay)-(bx, by). */
    public static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** Whether pixel (x, y) of the mask is set; outside the mask is false. Walks the runs, no decoding. */
    public static boolean maskPixel(Rle rle, int x, int y) {
        if (x < 0 || y < 0 || x >= rle.width() || y >= rle.height()) {
            return false;
        }
        long index = (long) x * rle.height() + y;
        long pos = 0;
        for (int i = 0; i < rle.runCount(); i++) {
            pos += rle.count(i);
            if (index < pos) {
                return (i & 1) == 1;
            }
        }
        return false;
    }

    private static boolean nearPolygonEdge(Polygon p, double x, double y, double tolerance) {
        for (Ring r : p.allRings()) {
            int n = r.size();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                if (segmentDistance(x, y, r.x(j), r.y(j), r.x(i), r.y(i)) <= tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideEllipse(Ellipse e, double x, double y, double tolerance) {
        double t = Math.toRadians(-e.angleDegrees());
        double dx = x - e.cx();
        double dy = y - e.cy();
        double u = dx * Math.cos(t) - dy * Math.sin(t);
        double v = dx * Math.sin(t) + dy * Math.cos(t);
        double rx = e.rx() + tolerance;
        double ry = e.ry() + tolerance;
        return rx > 0 && ry > 0 && (u * u) / (rx * rx) + (v * v) / (ry * ry) <= 1;
    }
}
