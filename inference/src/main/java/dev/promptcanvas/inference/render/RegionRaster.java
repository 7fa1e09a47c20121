package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Random;

/**
 * A region rasterised to the pixels of one image: a pixel belongs to it when its centre lies inside the shape.
 *
 * <p>Only the region's bounding rectangle is stored. Boxes, polygons (holes by the even-odd rule) and ellipses are
 * filled; a mask is decoded from its RLE; a point is a disc of the given radius, an arrow a disc around its head and
 * a polyline a band of that width.
 */
public final class RegionRaster {

    private final int imageWidth;
    private final int imageHeight;
    private final int x0;
    private final int y0;
    private final int width;
    private final int height;
    private final byte[] bits;
    private long area = -1;
    private int minX;
    private int minY;
    private int maxX;
    private int maxY;

    private RegionRaster(int imageWidth, int imageHeight, int x0, int y0, int width, int height, byte[] bits) {
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
        this.x0 = x0;
        this.y0 = y0;
        this.width = width;
        this.height = height;
        this.bits = bits;
    }

    /** Area and tight bounds, computed on first use (one pass over the stored rectangle). */
    private void stats() {
        if (area >= 0) {
            return;
        }
        long a = 0;
        int mnx = Integer.MAX_VALUE;
        int mny = Integer.MAX_VALUE;
        int mxx = -1;
        int mxy = -1;
        for (int j = 0; j < height; j++) {
            int row = j * width;
            int first = -1;
            int last = -1;
            for (int i = 0; i < width; i++) {
                if (bits[row + i] != 0) {
                    a++;
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                mnx = Math.min(mnx, first);
                mxx = Math.max(mxx, last);
                mny = Math.min(mny, j);
                mxy = j;
            }
        }
        this.minX = a == 0 ? 0 : x0 + mnx;
        this.minY = a == 0 ? 0 : y0 + mny;
        this.maxX = a == 0 ? 0 : x0 + mxx + 1;
        this.maxY = a == 0 ? 0 : y0 + mxy + 1;
        this.area = a;
    }

    /**
     * Rasterises a region for an image of the given size.
     *
     * @param pointRadius radius in pixels of the disc that stands for a point (and an arrow head), and the width of
     *                    the band that stands for a polyline
     * @throws IllegalArgumentException when a mask's size differs from the image's
     */
    public static RegionRaster of(Geometry region, int imageWidth, int imageHeight, double pointRadius) {
        if (region == null) {
            throw new IllegalArgumentException("region is required");
        }
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + imageWidth + "x" + imageHeight);
        }
        if (region instanceof Mask m) {
            return ofMask(m.rle(), imageWidth, imageHeight);
        }
        double r = Math.max(0.5, pointRadius);
        Shape shape;
        if (region instanceof Box b) {
            return ofBox(b, imageWidth, imageHeight);
        } else if (region instanceof Polygon p) {
            shape = polygonPath(p);
        } else if (region instanceof Ellipse e) {
            shape = ellipseShape(e);
        } else if (region instanceof Point p) {
            shape = new Ellipse2D.Double(p.x() - r, p.y() - r, 2 * r, 2 * r);
        } else if (region instanceof Arrow a) {
            shape = new Ellipse2D.Double(a.head().x() - r, a.head().y() - r, 2 * r, 2 * r);
        } else if (region instanceof Polyline l) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(l.x(0), l.y(0));
            for (int i = 1; i < l.size(); i++) {
                path.lineTo(l.x(i), l.y(i));
            }
            shape = new BasicStroke((float) r, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(path);
        } else {
            throw new IllegalArgumentException("unsupported region kind " + region.kind());
        }
        return ofShape(shape, imageWidth, imageHeight);
    }

    /** A box's pixels (centres inside [x1, x2) x [y1, y2)), filled directly. */
    private static RegionRaster ofBox(Box b, int imageWidth, int imageHeight) {
        int x0 = Math.max(0, (int) Math.ceil(b.x1() - 0.5));
        int y0 = Math.max(0, (int) Math.ceil(b.y1() - 0.5));
        int x1 = Math.min(imageWidth, (int) Math.ceil(b.x2() - 0.5));
        int y1 = Math.min(imageHeight, (int) Math.ceil(b.y2() - 0.5));
        int w = Math.max(0, x1 - x0);
        int h = Math.max(0, y1 - y0);
        byte[] bits = new byte[w * h];
        java.util.Arrays.fill(bits, (byte) 1);
        RegionRaster raster = new RegionRaster(imageWidth, imageHeight, x0, y0, w, h, bits);
        raster.area = (long) w * h;
        raster.minX = x0;
        raster.minY = y0;
        raster.maxX = x0 + w;
        raster.maxY = y0 + h;
        return raster;
    }

    /** Rasterises any Java2D shape (pixel-centre rule, with the shape's own winding rule). */
    public static RegionRaster ofShape(Shape shape, int imageWidth, int imageHeight) {
        Coverage c = ShapeRaster.fill(imageWidth, imageHeight, shape);
        return new RegionRaster(imageWidth, imageHeight, c.x0(), c.y0(), c.width(), c.height(), c.bits());
    }

    /** The path of a polygon: every ring of every part, holes cut out by the even-odd rule. */
    public static Path2D.Double polygonPath(Polygon p) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (Ring ring : p.allRings()) {
            path.moveTo(ring.x(0), ring.y(0));
            for (int i = 1; i < ring.size(); i++) {
                path.lineTo(ring.x(i), ring.y(i));
            }
            path.closePath();
        }
        return path;
    }

    /** An ellipse as a Java2D shape, rotated about its centre. */
    public static Shape ellipseShape(Ellipse e) {
        Shape s = new Ellipse2D.Double(e.cx() - e.rx(), e.cy() - e.ry(), 2 * e.rx(), 2 * e.ry());
        if (e.angleDegrees() == 0) {
            return s;
        }
        return AffineTransform.getRotateInstance(Math.toRadians(e.angleDegrees()), e.cx(), e.cy())
                .createTransformedShape(s);
    }

    private static RegionRaster ofMask(Rle rle, int imageWidth, int imageHeight) {
        if (rle.width() != imageWidth || rle.height() != imageHeight) {
            throw new IllegalArgumentException("mask size [h=" + rle.height() + ", w=" + rle.width()
                    + "] does not match the image (" + imageWidth + "x" + imageHeight + ")");
        }
        double[] bb = rle.bboxXywh();
        int x0 = (int) bb[0];
        int y0 = (int) bb[1];
        int w = (int) bb[2];
        int h = (int) bb[3];
        byte[] bits = new byte[Math.max(0, w * h)];
        int imageH = rle.height();
        long pos = 0;
        for (int i = 0; i < rle.runCount(); i++) {
            int c = rle.count(i);
            if ((i & 1) == 1 && c > 0) {
                int x = (int) (pos / imageH);
                int y = (int) (pos - (long) x * imageH);
                for (int k = 0; k < c; k++) {
                    bits[(y - y0) * w + (x - x0)] = 1;
                    if (++y == imageH) {
                        y = 0;
                        x++;
                    }
                }
            }
            pos += c;
        }
        return new RegionRaster(imageWidth, imageHeight, x0, y0, w, h, bits);
    }

    public int imageWidth() {
        return imageWidth;
    }

    public int imageHeight() {
        return imageHeight;
    }

    /** Number of pixels in the region. */
    public long area() {
        stats();
        return area;
    }

    public boolean isEmpty() {
        if (area >= 0) {
            return area == 0;
        }
        for (byte b : bits) {
            if (b != 0) {
                return false;
            }
        }
        area = 0;
        return true;
    }

    /** Whether pixel (x, y) belongs to the region. */
    public boolean contains(int x, int y) {
        int i = x - x0;
        int j = y - y0;
        return i >= 0 && j >= 0 && i < width && j < height && bits[j * width + i] != 0;
    }

    /** Whether the pixel under the continuous point (x, y) belongs to the region. */
    public boolean containsPoint(double x, double y) {
        return contains((int) Math.floor(x), (int) Math.floor(y));
    }

    /** The tight box of the region's pixels, whole pixel edges (x2, y2 exclusive); null when empty. */
    public Box bounds() {
        stats();
        return area == 0 ? null : new Box(minX, minY, maxX, maxY);
    }

    /** The centre of the pixel of the region nearest to (x, y) (the point itself when it lies inside). */
    public Point nearestInside(double x, double y) {
        if (containsPoint(x, y)) {
            return new Point(x, y);
        }
        stats();
        double best = Double.POSITIVE_INFINITY;
        int bx = minX;
        int by = minY;
        for (int j = minY - y0; j < maxY - y0; j++) {
            int row = j * width;
            double dy = y0 + j + 0.5 - y;
            if (dy * dy >= best) {
                continue;
            }
            for (int i = minX - x0; i < maxX - x0; i++) {
                if (bits[row + i] != 0) {
                    double dx = x0 + i + 0.5 - x;
                    double d = dx * dx + dy * dy;
                    if (d < best) {
                        best = d;
                        bx = x0 + i;
                        by = y0 + j;
                    }
                }
            }
        }
        return new Point(bx + 0.5, by + 0.5);
    }

    /** A uniformly random point inside the region (rejection in its box, then an exact pick of a pixel). */
    public Point randomInside(Random random) {
        stats();
        for (int t = 0; t < 64; t++) {
            double x = minX + random.nextDouble() * (maxX - minX);
            double y = minY + random.nextDouble() * (maxY - minY);
            if (containsPoint(x, y)) {
                return new Point(x, y);
            }
        }
        long k = (long) (random.nextDouble() * area);
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                if (bits[j * width + i] != 0 && k-- == 0) {
                    return new Point(x0 + i + random.nextDouble(), y0 + j + random.nextDouble());
                }
            }
        }
        return new Point(minX + 0.5, minY + 0.5);
    }

    /** Left edge of the stored rectangle. */
    int x0() {
        return x0;
    }

    int y0() {
        return y0;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The stored rectangle's bits, row-major, 1 = inside (shared, do not modify). */
    byte[] bits() {
        return bits;
    }

}
