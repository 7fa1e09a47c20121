package dev.promptcanvas.annotations.edit;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The drag handles of a shape and what dragging one does, with no UI (the viewer only draws them). */
public final class ShapeHandles {

    private ShapeHandles() {
    }

    public static List<Handle> of(Geometry g) {
        List<Handle> out = new ArrayList<>();
        if (g instanceof Box b) {
            double[][] corners = {{b.x1(), b.y1()}, {b.x2(), b.y1()}, {b.x2(), b.y2()}, {b.x1(), b.y2()}};
            for (int i = 0; i < 4; i++) {
                out.add(new Handle(Handle.Kind.BOX_CORNER, 0, 0, i, corners[i][0], corners[i][1]));
            }
            double mx = (b.x1() + b.x2()) / 2;
            double my = (b.y1() + b.y2()) / 2;
            double[][] edges = {{mx, b.y1()}, {b.x2(), my}, {mx, b.y2()}, {b.x1(), my}};
            for (int i = 0; i < 4; i++) {
                out.add(new Handle(Handle.Kind.BOX_EDGE, 0, 0, i, edges[i][0], edges[i][1]));
            }
        } else if (g instanceof Polygon p) {
            for (int part = 0; part < p.parts().size(); part++) {
                List<Ring> rings = rings(p.parts().get(part));
                for (int ring = 0; ring < rings.size(); ring++) {
                    Ring r = rings.get(ring);
                    for (int i = 0; i < r.size(); i++) {
                        out.add(new Handle(Handle.Kind.VERTEX, part, ring, i, r.x(i), r.y(i)));
                    }
                }
            }
        } else if (g instanceof Polyline l) {
            for (int i = 0; i < l.size(); i++) {
                out.add(new Handle(Handle.Kind.POLYLINE_VERTEX, 0, 0, i, l.x(i), l.y(i)));
            }
        } else if (g instanceof Point p) {
            out.add(new Handle(Handle.Kind.POINT, 0, 0, 0, p.x(), p.y()));
        } else if (g instanceof Arrow a) {
            out.add(new Handle(Handle.Kind.ARROW_TAIL, 0, 0, 0, a.tail().x(), a.tail().y()));
            out.add(new Handle(Handle.Kind.ARROW_HEAD, 0, 0, 1, a.head().x(), a.head().y()));
        } else if (g instanceof Ellipse e) {
            double t = Math.toRadians(e.angleDegrees());
            out.add(new Handle(Handle.Kind.ELLIPSE_RX, 0, 0, 0, e.cx() + e.rx() * Math.cos(t),
                    e.cy() + e.rx() * Math.sin(t)));
            out.add(new Handle(Handle.Kind.ELLIPSE_RY, 0, 0, 1, e.cx() - e.ry() * Math.sin(t),
                    e.cy() + e.ry() * Math.cos(t)));
        }
        return out;
    }

    /** The handle nearest to (x, y) within tolerance pixels, if any. */
    public static Optional<Handle> hit(Geometry g, double x, double y, double tolerance) {
        Handle best = null;
        double bestDistance = tolerance;
        for (Handle h : of(g)) {
            double d = Math.hypot(h.x() - x, h.y() - y);
            if (d <= bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The shape with handle h moved to (x, y). Box corners may cross: the box is normalised. */
    public static Geometry drag(Geometry g, Handle h, double x, double y) {
        if (g instanceof Box b) {
            return dragBox(b, h, x, y);
        } else if (g instanceof Polygon p && h.kind() == Handle.Kind.VERTEX) {
            return PolygonEdits.moveVertex(p, h.part(), h.ring(), h.index(), x, y);
        } else if (g instanceof Polyline l && h.kind() == Handle.Kind.POLYLINE_VERTEX) {
            double[] xy = l.coordinates();
            xy[2 * h.index()] = x;
            xy[2 * h.index() + 1] = y;
            return Polyline.of(xy);
        } else if (g instanceof Point) {
            return new Point(x, y);
        } else if (g instanceof Arrow a) {
            return h.kind() == Handle.Kind.ARROW_TAIL ? new Arrow(new Point(x, y), a.head())
                    : new Arrow(a.tail(), new Point(x, y));
        } else if (g instanceof Ellipse e) {
            double r = Math.hypot(x - e.cx(), y - e.cy());
            return h.kind() == Handle.Kind.ELLIPSE_RX ? new Ellipse(e.cx(), e.cy(), r, e.ry(), e.angleDegrees())
                    : new Ellipse(e.cx(), e.cy(), e.rx(), r, e.angleDegrees());
        }
        return g;
    }

    static List<Ring> rings(PolygonPart part) {
        List<Ring> rings = new ArrayList<>();
        rings.add(part.shell());
        rings.addAll(part.holes());
        return rings;
    }

    private static Box dragBox(Box b, Handle h, double x, double y) {
        double x1 = b.x1();
        double y1 = b.y1();
        double x2 = b.x2();
        double y2 = b.y2();
        if (h.kind() == Handle.Kind.BOX_CORNER) {
            switch (h.index()) {
                case 0 -> { x1 = x; y1 = y; }
                case 1 -> { x2 = x; y1 = y; }
                case 2 -> { x2 = x; y2 = y; }
                default -> { x1 = x; y2 = y; }
            }
        } else {
            switch (h.index()) {
                case 0 -> y1 = y;
                case 1 -> x2 = x;
                case 2 -> y2 = y;
                default -> x1 = x;
            }
        }
        return Box.ofCorners(x1, y1, x2, y2);
    }
}
