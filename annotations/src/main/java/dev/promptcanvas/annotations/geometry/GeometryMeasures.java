package dev.promptcanvas.annotations.geometry;

/**
 * The one place bounding boxes and areas come from.
 *
 * <p>Boxes of vector shapes are the continuous extents of their vertices. A mask's box is pycocotools' (whole
 * pixels). Areas of vector shapes are geometric; exporters that need COCO's rasterised area use the mask package.
 */
public final class GeometryMeasures {

    private GeometryMeasures() {
    }

    public static Box bounds(Geometry g) {
        if (g instanceof Box b) {
            return b;
        } else if (g instanceof Point p) {
            return new Box(p.x(), p.y(), p.x(), p.y());
        } else if (g instanceof Arrow a) {
            return Box.ofCorners(a.tail().x(), a.tail().y(), a.head().x(), a.head().y());
        } else if (g instanceof Ellipse e) {
            return ellipseBounds(e);
        } else if (g instanceof Polyline l) {
            return flatBounds(l.coordinates());
        } else if (g instanceof Polygon p) {
            return polygonBounds(p);
        } else if (g instanceof Mask m) {
            double[] b = m.rle().bboxXywh();
            return Box.ofXywh(b[0], b[1], b[2], b[3]);
        }
        throw new IllegalArgumentException("unknown geometry " + g);
    }

    /** Geometric area in square pixels (0 for points, polylines and arrows; pixel count for masks). */
    public static double area(Geometry g) {
        if (g instanceof Box b) {
            return b.area();
        } else if (g instanceof Ellipse e) {
            return e.area();
        } else if (g instanceof Polygon p) {
            return p.area();
        } else if (g instanceof Mask m) {
            return m.area();
        }
        return 0;
    }

    private static Box ellipseBounds(Ellipse e) {
        double t = Math.toRadians(e.angleDegrees());
        double c = Math.cos(t);
        double s = Math.sin(t);
        double hw = Math.sqrt(e.rx() * e.rx() * c * c + e.ry() * e.ry() * s * s);
        double hh = Math.sqrt(e.rx() * e.rx() * s * s + e.ry() * e.ry() * c * c);
        return new Box(e.cx() - hw, e.cy() - hh, e.cx() + hw, e.cy() + hh);
    }

    private static Box polygonBounds(Polygon p) {
        Box box = null;
        for (PolygonPart part : p.parts()) {
            Box b = flatBounds(part.shell().coordinates());
            box = box == null ? b : box.union(b);
        }
        return box;
    }

    private static Box flatBounds(double[] xy) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return new Box(minX, minY, maxX, maxY);
    }
}
