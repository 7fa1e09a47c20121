package dev.promptcanvas.annotations.mask;

import dev.promptcanvas.annotations.geometry.Ellipse;

/** Samples an ellipse's outline to a polygon ring fine enough that its chords stay within 0.05 px of the curve. */
public final class EllipseOutline {

    private static final int MIN_POINTS = 16;
    private static final int MAX_POINTS = 4096;

    private EllipseOutline() {
    }

    /**
     * The outline as flat [x1, y1, x2, y2, ...], starting at the end of the rotated x radius and turning
     * clockwise on screen. A chord over an angle θ of radius r sags r·(1 − cos(θ/2)) ≈ r·θ²/8, so n points keep
     * the sag below 0.05 px when n ≥ π·√(10·r).
     */
    public static double[] sample(Ellipse e) {
        double r = Math.max(e.rx(), e.ry());
        int n = (int) Math.ceil(Math.PI * Math.sqrt(10 * r));
        n = Math.min(MAX_POINTS, Math.max(MIN_POINTS, (n + 3) / 4 * 4));
        double angle = Math.toRadians(e.angleDegrees());
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double px = e.rx() * Math.cos(t);
            double py = e.ry() * Math.sin(t);
            xy[2 * i] = e.cx() + px * cos - py * sin;
            xy[2 * i + 1] = e.cy() + px * sin + py * cos;
        }
        return xy;
    }
}
