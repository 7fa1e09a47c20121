package dev.promptcanvas.annotations.edit;

import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Ring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Vertex-level polygon edits: move, insert on an edge, delete (never below three vertices). */
public final class PolygonEdits {

    /** A point on a ring's edge from vertex {@code index} to the next one, nearest to where the user clicked. */
    public record EdgeHit(int part, int ring, int index, double x, double y, double distance) {
    }

    private PolygonEdits() {
    }

    public static Polygon moveVertex(Polygon p, int part, int ring, int index, double x, double y) {
        return replaceRing(p, part, ring, xy -> {
            xy[2 * index] = x;
            xy[2 * index + 1] = y;
            return xy;
        });
    }

    /** Inserts (x, y) after vertex {@code afterIndex} of the given ring. */
    public static Polygon insertVertex(Polygon p, int part, int ring, int afterIndex, double x, double y) {
        return replaceRing(p, part, ring, xy -> {
            double[] out = new double[xy.length + 2];
            int at = 2 * (afterIndex + 1);
            System.arraycopy(xy, 0, out, 0, at);
            out[at] = x;
            out[at + 1] = y;
            System.arraycopy(xy, at, out, at + 2, xy.length - at);
            return out;
        });
    }

    /** Removes a vertex; empty when the ring would drop below three vertices. */
    public static Optional<Polygon> deleteVertex(Polygon p, int part, int ring, int index) {
        Ring r = ShapeHandles.rings(p.parts().get(part)).get(ring);
        if (r.size() <= 3) {
            return Optional.empty();
        }
        return Optional.of(replaceRing(p, part, ring, xy -> {
            double[] out = new double[xy.length - 2];
            System.arraycopy(xy, 0, out, 0, 2 * index);
            System.arraycopy(xy, 2 * index + 2, out, 2 * index, xy.length - 2 * index - 2);
            return out;
        }));
    }

    /** The edge nearest to (x, y) within tolerance, with the foot of the perpendicular. */
    public static Optional<EdgeHit> nearestEdge(Polygon p, double x, double y, double tolerance) {
        EdgeHit best = null;
        for (int part = 0; part < p.parts().size(); part++) {
            List<Ring> rings = ShapeHandles.rings(p.parts().get(part));
            for (int ring = 0; ring < rings.size(); ring++) {
                Ring r = rings.get(ring);
                for (int i = 0; i < r.size(); i++) {
                    int j = (i + 1) % r.size();
                    double ax = r.x(i);
                    double ay = r.y(i);
                    double dx = r.x(j) - ax;
                    double dy = r.y(j) - ay;
                    double len2 = dx * dx + dy * dy;
                    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
                    double fx = ax + t * dx;
                    double fy = ay + t * dy;
                    double d = Math.hypot(x - fx, y - fy);
                    if (d <= tolerance && (best == null || d < best.distance())) {
                        best = new EdgeHit(part, ring, i, fx, fy, d);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private interface RingChange {
        double[] apply(double[] xy);
    }

    private static Polygon replaceRing(Polygon p, int partIndex, int ringIndex, RingChange change) {
        List<PolygonPart> parts = new ArrayList<>(p.parts());
        PolygonPart part = parts.get(partIndex);
        if (ringIndex == 0) {
            parts.set(partIndex, new PolygonPart(Ring.of(change.apply(part.shell().coordinates())), part.holes()));
        } else {
            List<Ring> holes = new ArrayList<>(part.holes());
            holes.set(ringIndex - 1, Ring.of(change.apply(holes.get(ringIndex - 1).coordinates())));
            parts.set(partIndex, new PolygonPart(part.shell(), holes));
        }
        return new Polygon(parts);
    }
}
