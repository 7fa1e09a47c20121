package dev.promptcanvas.annotations.geometry;

/** Checks shared by the geometry records: coordinates must be finite numbers. */
final class Coordinates {

    private Coordinates() {
    }

    static void requireFinite(String what, double... values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + ": coordinate " + i + " is not a finite number (" + values[i] + ")");
            }
        }
    }

    static double[] requireXy(String what, double[] xy, int minPoints) {
        if (xy == null) {
            throw new IllegalArgumentException(what + ": no coordinates");
        }
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException(what + ": odd number of coordinates (" + xy.length + ")");
        }
        if (xy.length / 2 < minPoints) {
            throw new IllegalArgumentException(what + ": needs at least " + minPoints + " points, has " + xy.length / 2);
        }
        requireFinite(what, xy);
        return xy.clone();
    }

    static double[] translate(double[] xy, double dx, double dy) {
        double[] out = new double[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            out[i] = xy[i] + dx;
            out[i + 1] = xy[i + 1] + dy;
        }
        return out;
    }
}
