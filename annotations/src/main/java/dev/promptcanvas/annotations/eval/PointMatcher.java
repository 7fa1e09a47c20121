package dev.promptcanvas.annotations.eval;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.List;

/**
 * RexSeek's point matching: GT masks in order, each takes the first unused point that lies inside it; a point is
 * inside when its coordinates rounded half to even (Python's {@code round}) index a foreground pixel.
 */
public final class PointMatcher {

    private PointMatcher() {
    }

    /** The number of GT masks hit; each point is the first two numbers of an entry. */
    public static int matches(List<Rle> masks, List<double[]> points) {
        boolean[] used = new boolean[points.size()];
        int matches = 0;
        for (Rle mask : masks) {
            for (int i = 0; i < used.length; i++) {
                if (!used[i] && inside(mask, points.get(i)[0], points.get(i)[1])) {
                    matches++;
                    used[i] = true;
                    break;
                }
            }
        }
        return matches;
    }

    /** Whether the rounded point is a foreground pixel (row y, column x) of the mask. */
    public static boolean inside(Rle mask, double px, double py) {
        double x = Math.rint(px);
        double y = Math.rint(py);
        if (!(x >= 0 && x < mask.width() && y >= 0 && y < mask.height())) {
            return false;
        }
        long index = (long) x * mask.height() + (long) y;
        long start = 0;
        for (int i = 0; i < mask.runCount(); i++) {
            long end = start + mask.count(i);
            if (index < end) {
                return i % 2 == 1;
            }
            start = end;
        }
        return false;
    }
}
