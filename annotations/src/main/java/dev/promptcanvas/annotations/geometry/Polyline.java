package dev.promptcanvas.annotations.geometry;

import java.util.Arrays;

/** An open line through two or more vertices (a scribble or a LabelMe line/linestrip), flat [x1, y1, ...]. */
public final class Polyline implements Geometry {

    private final double[] xy;

    private Polyline(double[] xy) {
        this.xy = xy;
    }

    public static Polyline of(double... xy) {
        return new Polyline(Coordinates.requireXy("polyline", xy, 2));
    }

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

    public double length() {
        double sum = 0;
        for (int i = 1; i < size(); i++) {
            sum += Math.hypot(x(i) - x(i - 1), y(i) - y(i - 1));
        }
        return sum;
    }

    @Override
    public String kind() {
        return "polyline";
    }

    @Override
    public Polyline translate(double dx, double dy) {
        return new Polyline(Coordinates.translate(xy, dx, dy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polyline p && Arrays.equals(xy, p.xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return "Polyline" + Arrays.toString(xy);
    }
}
