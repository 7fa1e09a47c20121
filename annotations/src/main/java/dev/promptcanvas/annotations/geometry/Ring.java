package dev.promptcanvas.annotations.geometry;

import java.util.Arrays;

/**
 * A closed ring of at least three vertices, stored flat as [x1, y1, x2, y2, ...] (the closing vertex is implied).
 */
public final class Ring {

    private final double[] xy;

    private Ring(double[] xy) {
        this.xy = xy;
    }

    /** A ring from flat coordinates; needs at least three points, all finite. */
    public static Ring of(double... xy) {
        return new Ring(Coordinates.requireXy("polygon ring", xy, 3));
    }

    /** A copy of the flat coordinates. */
    public double[] coordinates() {
        return xy.clone();
    }

    public int size() {
        return xy.length / 2;
    }

    public double x(int i) {
        return xy[2 * i];
    }

    public double y(int i) {
        return xy[2 * i + 1];
    }

    /** Signed area by the shoelace formula: positive when the vertices run clockwise on screen (y down). */
    public double signedArea() {
        double sum = 0;
        int n = size();
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += x(i) * y(j) - x(j) * y(i);
        }
        return sum / 2;
    }

    public double area() {
        return Math.abs(signedArea());
    }

    public Ring translate(double dx, double dy) {
        return new Ring(Coordinates.translate(xy, dx, dy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ring r && Arrays.equals(xy, r.xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return "Ring" + Arrays.toString(xy);
    }
}
