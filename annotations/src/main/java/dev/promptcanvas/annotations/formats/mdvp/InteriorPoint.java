package dev.promptcanvas.annotations.formats.mdvp;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.mask.Masks;
import dev.promptcanvas.annotations.mask.Rle;

/**
 * A point inside a region: the centre of boxes and ellipses; for polygons and masks the centroid of the region's
 * pixels (COCO rasterisation) when that pixel is in the region, else the centre of the region's pixel nearest to
 * the centroid - so a ring, a crescent or two separate blobs still get a point on the region.
 */
final class InteriorPoint {

    private InteriorPoint() {
    }

    static Point of(Geometry g, int width, int height) {
        if (g instanceof Box b) {
            return new Point((b.x1() + b.x2()) / 2, (b.y1() + b.y2()) / 2);
        } else if (g instanceof Ellipse e) {
            return new Point(e.cx(), e.cy());
        }
        Rle rle = Masks.fromGeometry(g, height, width);
        byte[] m = rle.toRowMajor();
        double sx = 0;
        double sy = 0;
        long n = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (m[y * width + x] != 0) {
                    sx += x + 0.5;
                    sy += y + 0.5;
                    n++;
                }
            }
        }
        if (n == 0) {
            Box b = g.bounds();
            return new Point((b.x1() + b.x2()) / 2, (b.y1() + b.y2()) / 2);
        }
        double cx = sx / n;
        double cy = sy / n;
        int px = (int) Math.floor(cx);
        int py = (int) Math.floor(cy);
        if (px >= 0 && py >= 0 && px < width && py < height && m[py * width + px] != 0) {
            return new Point(cx, cy);
        }
        double best = Double.POSITIVE_INFINITY;
        Point nearest = null;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (m[y * width + x] != 0) {
                    double d = (x + 0.5 - cx) * (x + 0.5 - cx) + (y + 0.5 - cy) * (y + 0.5 - cy);
                    if (d < best) {
                        best = d;
                        nearest = new Point(x + 0.5, y + 0.5);
                    }
                }
            }
        }
        return nearest;
    }
}
