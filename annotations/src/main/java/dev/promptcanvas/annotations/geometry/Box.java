package dev.promptcanvas.annotations.geometry;

/** An axis-aligned box given by its top-left (x1, y1) and bottom-right (x2, y2) corners, in pixels. */
public record Box(double x1, double y1, double x2, double y2) implements Geometry {

    public Box {
        Coordinates.requireFinite("box", x1, y1, x2, y2);
        if (x2 < x1 || y2 < y1) {
            throw new IllegalArgumentException("box corners out of order: (" + x1 + "," + y1 + ")-(" + x2 + "," + y2 + ")");
        }
    }

    /** A box from COCO's [x, y, width, height]. */
    public static Box ofXywh(double x, double y, double width, double height) {
        return new Box(x, y, x + width, y + height);
    }

    /** A box from any two opposite corners, in any order. */
    public static Box ofCorners(double ax, double ay, double bx, double by) {
        return new Box(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    public double area() {
        return width() * height();
    }

    /** COCO's [x, y, width, height]. */
    public double[] toXywh() {
        return new double[] {x1, y1, width(), height()};
    }

    /** Intersection over union on continuous coordinates (no +1), 0 when both are empty. */
    public double iou(Box other) {
        double iw = Math.min(x2, other.x2) - Math.max(x1, other.x1);
        double ih = Math.min(y2, other.y2) - Math.max(y1, other.y1);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        double union = area() + other.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    public boolean contains(double x, double y) {
        return x >= x1 && x <= x2 && y >= y1 && y <= y2;
    }

    /** The smallest box containing both. */
    public Box union(Box other) {
        return new Box(Math.min(x1, other.x1), Math.min(y1, other.y1), Math.max(x2, other.x2), Math.max(y2, other.y2));
    }

    @Override
    public String kind() {
        return "box";
    }

    @Override
    public Box bounds() {
        return this;
    }

    @Override
    public Box translate(double dx, double dy) {
        return new Box(x1 + dx, y1 + dy, x2 + dx, y2 + dy);
    }
}
