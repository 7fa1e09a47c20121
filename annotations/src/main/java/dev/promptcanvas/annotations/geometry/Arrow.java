package dev.promptcanvas.annotations.geometry;

/** An arrow from its tail to its head (the head is what it points at). */
public record Arrow(Point tail, Point head) implements Geometry {

    public Arrow {
        if (tail == null || head == null) {
            throw new IllegalArgumentException("arrow: tail and head are required");
        }
    }

    public double length() {
        return tail.distance(head);
    }

    @Override
    public String kind() {
        return "arrow";
    }

    @Override
    public Arrow translate(double dx, double dy) {
        return new Arrow(tail.translate(dx, dy), head.translate(dx, dy));
    }
}
