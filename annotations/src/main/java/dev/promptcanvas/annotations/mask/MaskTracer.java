package dev.promptcanvas.annotations.mask;

import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Ring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Mask → polygon with holes, at an explicit tolerance in pixels.
 *
 * <p>Contours run along pixel <em>edges</em> (vertices on pixel corners), not through pixel centres: the exact
 * outline (tolerance 0) then encloses exactly the foreground pixels, its area equals the pixel count, single pixels
 * and one-pixel lines stay proper rings, and COCO's rasterisation rule (a pixel is in when its centre is inside)
 * gives the same mask back.
 *
 * <p>Parts are the 4-connected foreground regions and holes the 4-connected background regions enclosed by them;
 * pieces that touch only at a corner become separate parts (or holes) sharing that corner vertex. The point set
 * is the same as with 8-connected foreground (OpenCV's RETR_CCOMP model), but a polygon whose interior is joined
 * only through a point is invalid in OGC/JTS terms (a checkerboard would be one "polygon" with a disconnected
 * interior), and JTS's simplifier needs valid input; so the exact outline is always a valid JTS multipolygon.
 * With a tolerance above 0 the rings first take the corner-cut (marching-squares) course through the midpoints of
 * their pixel edges, so that simplification is not biased outwards, and are then simplified with JTS's
 * {@code TopologyPreservingSimplifier}, which keeps every part and hole and lets no ring cross another (for masks
 * of up to {@value OutlineSimplifier#JOINT_RING_LIMIT} rings; see {@link OutlineSimplifier} for larger ones).
 *
 * <p>Output orientation: shells clockwise on screen (positive {@code Ring.signedArea}), holes counter-clockwise.
 */
public final class MaskTracer {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private MaskTracer() {
    }

    /** The outline of every foreground region with its holes; empty when the mask has no foreground. */
    public static Optional<Polygon> trace(Rle mask, double tolerancePixels) {
        if (mask == null) {
            throw new IllegalArgumentException("trace: mask is null");
        }
        if (!(tolerancePixels >= 0) || Double.isInfinite(tolerancePixels)) {
            throw new IllegalArgumentException("trace: tolerance must be a finite number >= 0, got " + tolerancePixels);
        }
        if (mask.area() == 0) {
            return Optional.empty();
        }
        List<int[]> loops = BoundaryTracer.loops(mask.toColumnMajor(), mask.height(), mask.width());
        if (tolerancePixels == 0) {
            return Optional.of(toPolygon(assemble(loops, null)));
        }
        Geometry smooth = assemble(loops, new int[] {mask.width(), mask.height()});
        return Optional.of(toPolygon(OutlineSimplifier.simplify(smooth, tolerancePixels)));
    }

    /** COCO's flat ring list for a polygon: every ring (shells and holes) in order; COCO itself fills the holes. */
    public static List<double[]> toCocoRings(Polygon polygon) {
        List<double[]> rings = new ArrayList<>();
        for (Ring ring : polygon.allRings()) {
            rings.add(ring.coordinates());
        }
        return rings;
    }

    /**
     * Shells (positive area) become polygons; each hole goes to the smallest shell containing it. With an image
     * size ({width, height}) to cut corners in, every ring runs through the midpoints of its pixel edges instead.
     */
    private static Geometry assemble(List<int[]> loops, int[] cutCornersIn) {
        List<Shell> shells = new ArrayList<>();
        List<int[]> holes = new ArrayList<>();
        STRtree index = new STRtree();
        for (int[] loop : loops) {
            if (twiceSignedArea(loop) > 0) {
                Shell shell = new Shell(cutCornersIn != null ? cutRing(loop, cutCornersIn) : ring(loop), twiceSignedArea(loop));
                shells.add(shell);
                index.insert(shell.ring.getEnvelopeInternal(), shell);
            } else {
                holes.add(loop);
            }
        }
        for (int[] hole : holes) {
            Coordinate inside = pointInside(hole);
            Shell owner = null;
            for (Object candidate : index.query(new Envelope(inside))) {
                Shell shell = (Shell) candidate;
                boolean contains = RayCrossingCounter.locatePointInRing(inside,
                        shell.ring.getCoordinateSequence()) == Location.INTERIOR;
                if (contains && (owner == null || shell.twiceArea < owner.twiceArea)) {
                    owner = shell;
                }
            }
            if (owner == null) {
                throw new IllegalStateException("traced hole at " + inside + " lies in no outline");
            }
            owner.holes.add(cutCornersIn != null ? cutRing(hole, cutCornersIn) : ring(hole));
        }
        org.locationtech.jts.geom.Polygon[] polygons = new org.locationtech.jts.geom.Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            Shell s = shells.get(i);
            polygons[i] = FACTORY.createPolygon(s.ring, s.holes.toArray(new LinearRing[0]));
        }
        return FACTORY.createMultiPolygon(polygons);
    }

    /** The centre of the pixel on the left of the loop's first edge: inside a hole loop. */
    private static Coordinate pointInside(int[] loop) {
        int dx = Integer.signum(loop[2] - loop[0]);
        int dy = Integer.signum(loop[3] - loop[1]);
        return new Coordinate(loop[0] + 0.5 * dx + 0.5 * dy, loop[1] + 0.5 * dy - 0.5 * dx);
    }

    private static long twiceSignedArea(int[] loop) {
        long sum = 0;
        int n = loop.length;
        for (int i = 0; i < n; i += 2) {
            int j = (i + 2) % n;
            sum += (long) loop[i] * loop[j + 1] - (long) loop[j] * loop[i + 1];
        }
        return sum;
    }

    private static LinearRing ring(int[] loop) {
        int n = loop.length / 2;
        Coordinate[] coordinates = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            coordinates[i] = new Coordinate(loop[2 * i], loop[2 * i + 1]);
        }
        coordinates[n] = coordinates[0];
        return FACTORY.createLinearRing(coordinates);
    }

    /**
     * The loop with every corner cut at 45°, half a pixel along each edge: the marching-squares contour at level
     * 0.5, which passes between every foreground and background pixel centre at 0.35 px or more, unlike the
     * corners, which sit outside convex stretches and would bias a simplified outline outwards. A corner whose two
     * edges both lie on the image border (an image corner) is kept: there the outline is the border itself.
     */
    private static LinearRing cutRing(int[] loop, int[] size) {
        int n = loop.length / 2;
        List<Coordinate> coordinates = new ArrayList<>(2 * n + 1);
        for (int i = 0; i < n; i++) {
            int prev = (i + n - 1) % n;
            int next = (i + 1) % n;
            double x = loop[2 * i];
            double y = loop[2 * i + 1];
            if ((x == 0 || x == size[0]) && (y == 0 || y == size[1])) {
                coordinates.add(new Coordinate(x, y));
                continue;
            }
            Coordinate before = new Coordinate(x + 0.5 * Integer.signum(loop[2 * prev] - loop[2 * i]),
                    y + 0.5 * Integer.signum(loop[2 * prev + 1] - loop[2 * i + 1]));
            Coordinate after = new Coordinate(x + 0.5 * Integer.signum(loop[2 * next] - loop[2 * i]),
                    y + 0.5 * Integer.signum(loop[2 * next + 1] - loop[2 * i + 1]));
            if (coordinates.isEmpty() || !coordinates.get(coordinates.size() - 1).equals2D(before)) {
                coordinates.add(before);
            }
            coordinates.add(after);
        }
        if (coordinates.get(coordinates.size() - 1).equals2D(coordinates.get(0))) {
            coordinates.remove(coordinates.size() - 1);
        }
        coordinates.add(coordinates.get(0).copy());
        return FACTORY.createLinearRing(coordinates.toArray(new Coordinate[0]));
    }

    private static Polygon toPolygon(Geometry geometry) {
        List<PolygonPart> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            org.locationtech.jts.geom.Polygon p = (org.locationtech.jts.geom.Polygon) geometry.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            Ring shell = oriented(p.getExteriorRing(), true);
            List<Ring> holes = new ArrayList<>();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                holes.add(oriented(p.getInteriorRingN(h), false));
            }
            parts.add(new PolygonPart(shell, holes));
        }
        return new Polygon(parts);
    }

    /** Our ring (no closing vertex), turned clockwise on screen for shells and counter-clockwise for holes. */
    private static Ring oriented(LinearRing ring, boolean clockwise) {
        Coordinate[] c = ring.getCoordinates();
        int n = c.length - 1;
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = c[i].x;
            xy[2 * i + 1] = c[i].y;
        }
        Ring r = Ring.of(xy);
        if ((r.signedArea() > 0) == clockwise) {
            return r;
        }
        double[] reversed = new double[xy.length];
        for (int i = 0; i < n; i++) {
            reversed[2 * i] = xy[2 * (n - 1 - i)];
            reversed[2 * i + 1] = xy[2 * (n - 1 - i) + 1];
        }
        return Ring.of(reversed);
    }

    /** A traced outline, its doubled area and the holes found inside it. */
    private static final class Shell {
        final LinearRing ring;
        final long twiceArea;
        final List<LinearRing> holes = new ArrayList<>();

        Shell(LinearRing ring, long twiceArea) {
            this.ring = ring;
            this.twiceArea = twiceArea;
        }
    }
}
