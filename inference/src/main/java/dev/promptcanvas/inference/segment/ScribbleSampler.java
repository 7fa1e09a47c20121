package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polyline;
import java.util.ArrayList;
import java.util.List;

/** Points spaced evenly by arc length along a scribble, both ends included, at most {@link #MAX_POINTS}. */
public final class ScribbleSampler {

    /** The most points one scribble becomes. */
    public static final int MAX_POINTS = 16;
    /** Target spacing between samples in image pixels (fewer points on short strokes). */
    public static final double SPACING_PX = 16;

    private ScribbleSampler() {
    }

    /** The samples: one point for a stroke of zero length, else between 2 and {@link #MAX_POINTS}. */
    public static List<Point> sample(Polyline stroke) {
        double length = stroke.length();
        List<Point> out = new ArrayList<>();
        if (length == 0) {
            out.add(new Point(stroke.x(0), stroke.y(0)));
            return out;
        }
        int n = (int) Math.min(MAX_POINTS, Math.max(2, Math.round(length / SPACING_PX) + 1));
        int seg = 1;
        double segStart = 0;
        for (int k = 0; k < n; k++) {
            double target = length * k / (n - 1);
            while (seg < stroke.size() - 1 && segStart + segmentLength(stroke, seg) < target) {
                segStart += segmentLength(stroke, seg);
                seg++;
            }
            double len = segmentLength(stroke, seg);
            double t = len == 0 ? 0 : Math.min(1, Math.max(0, (target - segStart) / len));
            out.add(new Point(stroke.x(seg - 1) + t * (stroke.x(seg) - stroke.x(seg - 1)),
                    stroke.y(seg - 1) + t * (stroke.y(seg) - stroke.y(seg - 1))));
        }
        return out;
    }

    private static double segmentLength(Polyline p, int i) {
        return Math.hypot(p.x(i) - p.x(i - 1), p.y(i) - p.y(i - 1));
    }
}
