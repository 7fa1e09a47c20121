package dev.promptcanvas.annotations.geometry;

/** A single point in pixel coordinates. */
public record Point(double x, double y) implements Geometry {

    public Point {
        Coordinates.requireFinite("point", x, y);
    }

    @Override
    public String kind() {
        return "point";
    }

    @Override
    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
