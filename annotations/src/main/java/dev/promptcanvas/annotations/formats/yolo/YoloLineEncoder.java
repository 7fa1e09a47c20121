package dev.promptcanvas.annotations.formats.yolo;

import dev.promptcanvas.annotations.formats.support.OuterRings;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import java.util.ArrayList;
import java.util.List;

/**
 * One annotation as YOLO label lines: {@code cls cx cy w h} (detect) or {@code cls x1 y1 x2 y2 ...} (segment), all
 * normalised by the image size, clamped to [0, 1], six decimals. An empty list means the geometry has no YOLO form.
 */
final class YoloLineEncoder {

    private final YoloTask task;
    private final double tolerance;

    YoloLineEncoder(YoloTask task, double tolerance) {
        this.task = task;
        this.tolerance = tolerance;
    }

    List<String> lines(int classId, Geometry g, int width, int height) {
        if (!(g instanceof Box || g instanceof Polygon || g instanceof Mask || g instanceof Ellipse)) {
            return List.of();
        }
        if (task == YoloTask.DETECT) {
            Box b = g.bounds();
            double x1 = clamp(b.x1() / width);
            double y1 = clamp(b.y1() / height);
            double x2 = clamp(b.x2() / width);
            double y2 = clamp(b.y2() / height);
            if (x2 <= x1 || y2 <= y1) {
                return List.of();
            }
            return List.of(classId + " " + number((x1 + x2) / 2) + " " + number((y1 + y2) / 2) + " "
                    + number(x2 - x1) + " " + number(y2 - y1));
        }
        List<String> lines = new ArrayList<>();
        for (double[] ring : OuterRings.of(g, tolerance)) { // holes cannot be written: outer rings only
            StringBuilder line = new StringBuilder().append(classId);
            for (int i = 0; i < ring.length; i += 2) {
                line.append(' ').append(number(clamp(ring[i] / width)))
                        .append(' ').append(number(clamp(ring[i + 1] / height)));
            }
            if (ring.length >= 6) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Six decimals without trailing zeros: 0.5, 0.123457, 1, 0. */
    static String number(double v) {
        long micros = Math.round(v * 1_000_000);
        long whole = micros / 1_000_000;
        long fraction = micros % 1_000_000;
        if (fraction == 0) {
            return Long.toString(whole);
        }
        String digits = String.format(java.util.Locale.ROOT, "%06d", fraction);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + digits.substring(0, end);
    }
}
