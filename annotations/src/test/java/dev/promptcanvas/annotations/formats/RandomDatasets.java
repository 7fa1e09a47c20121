package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random geometries for format tests: shapes lie inside a width x height image. */
public final class RandomDatasets {

    private final Random random;

    public RandomDatasets(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** A star-shaped ring (never self-intersecting) with fractional vertices inside the image. */
    public double[] ring(int width, int height) {
        int n = 3 + random.nextInt(10);
        double cx = 2 + random.nextDouble() * (width - 4);
        double cy = 2 + random.nextDouble() * (height - 4);
        double maxR = Math.min(Math.min(cx, width - cx), Math.min(cy, height - cy));
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * (i + 0.2 + 0.6 * random.nextDouble()) / n;
            double r = maxR * (0.3 + 0.7 * random.nextDouble());
            xy[2 * i] = cx + r * Math.cos(angle);
            xy[2 * i + 1] = cy + r * Math.sin(angle);
        }
        return xy;
    }

    /** A polygon of one to three rings (no holes). */
    public Polygon polygon(int width, int height) {
        int parts = 1 + random.nextInt(3);
        List<PolygonPart> list = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            list.add(PolygonPart.of(Ring.of(ring(width, height))));
        }
        return new Polygon(list);
    }

    /** A square polygon with a square hole. */
    public Polygon polygonWithHole(int width, int height) {
        double x = random.nextInt(width / 2);
        double y = random.nextInt(height / 2);
        double s = Math.min(width - x, height - y) - 1;
        Ring shell = Ring.of(x, y, x + s, y, x + s, y + s, x, y + s);
        Ring hole = Ring.of(x + s / 3, y + s / 3, x + s / 3, y + 2 * s / 3, x + 2 * s / 3, y + 2 * s / 3,
                x + 2 * s / 3, y + s / 3);
        return new Polygon(List.of(new PolygonPart(shell, List.of(hole))));
    }

    /** A box with whole-pixel corners (rasterises to exactly its pixels). */
    public Box integerBox(int width, int height) {
        int x1 = random.nextInt(width - 1);
        int y1 = random.nextInt(height - 1);
        return new Box(x1, y1, x1 + 1 + random.nextInt(width - x1 - 1), y1 + 1 + random.nextInt(height - y1 - 1));
    }

    /** A box with fractional corners. */
    public Box box(int width, int height) {
        double x1 = random.nextDouble() * (width - 2);
        double y1 = random.nextDouble() * (height - 2);
        return new Box(x1, y1, x1 + 1 + random.nextDouble() * (width - x1 - 1),
                y1 + 1 + random.nextDouble() * (height - y1 - 1));
    }

    /** A blob mask: a few random filled discs (may touch, may leave holes between them). */
    public Mask mask(int width, int height) {
        byte[] m = new byte[width * height];
        int discs = 1 + random.nextInt(4);
        for (int d = 0; d < discs; d++) {
            double cx = random.nextDouble() * width;
            double cy = random.nextDouble() * height;
            double r = 1 + random.nextDouble() * Math.min(width, height) / 3;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r) {
                        m[y * width + x] = 1;
                    }
                }
            }
        }
        return new Mask(Rle.encodeRowMajor(m, height, width));
    }

    /** A filled square with a square hole, as a mask. */
    public Mask maskWithHole(int width, int height) {
        byte[] m = new byte[width * height];
        for (int y = 1; y < Math.min(height - 1, 13); y++) {
            for (int x = 1; x < Math.min(width - 1, 13); x++) {
                boolean inHole = x >= 5 && x < 9 && y >= 5 && y < 9;
                m[y * width + x] = (byte) (inHole ? 0 : 1);
            }
        }
        return new Mask(Rle.encodeRowMajor(m, height, width));
    }

    public Ellipse ellipse(int width, int height, boolean circle) {
        double cx = width * (0.3 + 0.4 * random.nextDouble());
        double cy = height * (0.3 + 0.4 * random.nextDouble());
        double rx = 1 + random.nextDouble() * Math.min(width, height) / 4;
        double ry = circle ? rx : 1 + random.nextDouble() * Math.min(width, height) / 4;
        return new Ellipse(cx, cy, rx, ry, circle ? 0 : random.nextDouble() * 180);
    }

    public Point point(int width, int height) {
        return new Point(random.nextDouble() * width, random.nextDouble() * height);
    }

    public Polyline polyline(int width, int height, int points) {
        double[] xy = new double[2 * points];
        for (int i = 0; i < points; i++) {
            xy[2 * i] = random.nextDouble() * width;
            xy[2 * i + 1] = random.nextDouble() * height;
        }
        return Polyline.of(xy);
    }

    public Arrow arrow(int width, int height) {
        return new Arrow(point(width, height), point(width, height));
    }

    /** One geometry of every kind (polygons without holes, a mask, a circle and an ellipse, ...). */
    public List<Geometry> everyKind(int width, int height) {
        return List.of(box(width, height), polygon(width, height), mask(width, height), ellipse(width, height, true),
                ellipse(width, height, false), point(width, height), polyline(width, height, 2),
                polyline(width, height, 5), arrow(width, height));
    }
}
