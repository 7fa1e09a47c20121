package dev.promptcanvas.annotations.mask;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Simplifies traced outlines with JTS's {@link TopologyPreservingSimplifier}, in bounded time.
 *
 * <p>Up to {@value #JOINT_RING_LIMIT} rings are simplified together: no ring may then cross, swallow or jump over
 * another. JTS checks every simplified section against every other ring, so the cost grows with the square of the
 * ring count (minutes for a 1024×1024 noise mask); past the limit each ring is simplified on its own, in linear time,
 * and rings closer to each other than the tolerance may then touch or cross. Every ring is kept either way.
 */
final class OutlineSimplifier {

    static final int JOINT_RING_LIMIT = 256;

    private OutlineSimplifier() {
    }

    static Geometry simplify(Geometry polygons, double tolerance) {
        int rings = 0;
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            rings += 1 + ((Polygon) polygons.getGeometryN(i)).getNumInteriorRing();
        }
        if (rings <= JOINT_RING_LIMIT) {
            return TopologyPreservingSimplifier.simplify(polygons, tolerance);
        }
        GeometryFactory factory = polygons.getFactory();
        Polygon[] out = new Polygon[polygons.getNumGeometries()];
        for (int i = 0; i < out.length; i++) {
            Polygon p = (Polygon) polygons.getGeometryN(i);
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = simplifyRing(p.getInteriorRingN(h), tolerance, factory);
            }
            out[i] = factory.createPolygon(simplifyRing(p.getExteriorRing(), tolerance, factory), holes);
        }
        return factory.createMultiPolygon(out);
    }

    private static LinearRing simplifyRing(LinearRing ring, double tolerance, GeometryFactory factory) {
        Geometry simplified = TopologyPreservingSimplifier.simplify(ring, tolerance);
        return factory.createLinearRing(simplified.getCoordinates());
    }
}
