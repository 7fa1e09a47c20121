package dev.promptcanvas.annotations.geometry;

/** An ellipse with centre (cx, cy), radii rx, ry and a rotation in degrees (clockwise on screen, y down). */
public record Ellipse(double cx, double cy, double rx, double ry, double angleDegrees) implements Geometry {

    public Ellipse {
        Coordinates.requireFinite("ellipse", cx, cy, rx, ry, angleDegrees);
        if (rx < 0 || ry < 0) {
            throw new IllegalArgumentException("ellipse: negative radius (" + rx + ", " + ry + ")");
        }
    }

    /** An axis-aligned circle. */
    public static Ellipse circle(double cx, double cy, double r) {
        return new Ellipse(cx, cy, r, r, 0);
    }

    /** The axis-aligned ellipse inscribed in a box. */
    public static Ellipse inscribedIn(Box box) {
        return new Ellipse((box.x1() + box.x2()) / 2, (box.y1() + box.y2()) / 2, box.width() / 2, box.height() / 2, 0);
    }

    public double area() {
        return Math.PI * rx * ry;
    }

    @Override
    public String kind() {
        return "ellipse";
    }

    @Override
    public Ellipse translate(double dx, double dy) {
        return new Ellipse(cx + dx, cy + dy, rx, ry, angleDegrees);
    }
}
