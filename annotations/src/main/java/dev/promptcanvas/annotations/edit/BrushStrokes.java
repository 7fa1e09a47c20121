package dev.promptcanvas.annotations.edit;

import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.mask.Rle;

/** Rasterises a brush stroke — a disc of a given radius swept along a polyline — into a whole-image mask. */
public final class BrushStrokes {

    private BrushStrokes() {
    }

    /** Pixels whose centres lie within radius of the stroke. */
    public static Rle rasterize(Polyline stroke, double radius, int height, int width) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("brush radius must be > 0, got " + radius);
        }
        byte[] columnMajor = new byte[height * width];
        int n = stroke.size();
        for (int i = 0; i < Math.max(1, n - 1); i++) {
            int j = Math.min(i + 1, n - 1);
            paintCapsule(columnMajor, height, width, stroke.x(i), stroke.y(i), stroke.x(j), stroke.y(j), radius);
        }
        return Rle.encodeColumnMajor(columnMajor, height, width);
    }

    private static void paintCapsule(byte[] m, int h, int w, double ax, double ay, double bx, double by, double r) {
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - r));
        int x1 = Math.min(w - 1, (int) Math.ceil(Math.max(ax, bx) + r));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - r));
        int y1 = Math.min(h - 1, (int) Math.ceil(Math.max(ay, by) + r));
        for (int x = x0; x <= x1; x++) {
            int column = x * h;
            for (int y = y0; y <= y1; y++) {
                if (m[column + y] == 0 && HitTest.segmentDistance(x + 0.5, y + 0.5, ax, ay, bx, by) <= r) {
                    m[column + y] = 1;
                }
            }
        }
    }
}
