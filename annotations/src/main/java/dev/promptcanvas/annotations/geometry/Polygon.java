package dev.promptcanvas.annotations.geometry;

import java.util.ArrayList;
import java.util.List;

/** A polygon made of one or more parts, each an outer ring with optional holes. */
public record Polygon(List<PolygonPart> parts) implements Geometry {

    public Polygon {
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("polygon: needs at least one part");
        }
        parts = List.copyOf(parts);
    }

    /** A single-ring polygon from flat coordinates [x1, y1, x2, y2, ...]. */
    public static Polygon of(double... xy) {
        return new Polygon(List.of(PolygonPart.of(Ring.of(xy))));
    }

    /** Every ring of every part, shells and holes, in order (as COCO's list of polygons would hold them). */
    public List<Ring> allRings() {
        List<Ring> rings = new ArrayList<>();
        for (PolygonPart p : parts) {
            rings.add(p.shell());
            rings.addAll(p.holes());
        }
        return rings;
    }

    public boolean hasHoles() {
        return parts.stream().anyMatch(p -> !p.holes().isEmpty());
    }

    /** Geometric area: shells minus holes (parts are assumed not to overlap). */
    public double area() {
        return parts.stream().mapToDouble(PolygonPart::area).sum();
    }

    @Override
    public String kind() {
        return "polygon";
    }

    @Override
    public Polygon translate(double dx, double dy) {
        return new Polygon(parts.stream().map(p -> p.translate(dx, dy)).toList());
    }
}
