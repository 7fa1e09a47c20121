package dev.promptcanvas.annotations.geometry;

import java.util.List;

/** One connected piece of a polygon: an outer ring and the holes cut out of it. */
public record PolygonPart(Ring shell, List<Ring> holes) {

    public PolygonPart {
        if (shell == null) {
            throw new IllegalArgumentException("polygon part: shell is required");
        }
        holes = holes == null ? List.of() : List.copyOf(holes);
    }

    /** A part without holes. */
    public static PolygonPart of(Ring shell) {
        return new PolygonPart(shell, List.of());
    }

    /** Shell area minus the holes' areas. */
    public double area() {
        double a = shell.area();
        for (Ring h : holes) {
            a -= h.area();
        }
        return a;
    }

    public PolygonPart translate(double dx, double dy) {
        return new PolygonPart(shell.translate(dx, dy), holes.stream().map(h -> h.translate(dx, dy)).toList());
    }
}
