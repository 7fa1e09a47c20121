package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Random;

/**
 * The geometry of ViP-LLaVA's eight shapes ({@code visual_prompt_generator.py}, rewritten): what each covers and
 * the shape it stands for. Random styles draw their parameters from {@code random} in a fixed order; constant
 * styles use fixed parameters and fixed placements.
 */
final class VipMarks {

    /** What a shape covers on the image and the geometry it represents. */
    record Mark(Coverage coverage, Geometry drawn) {
    }

    private final RegionRaster region;
    private final Box box;
    private final VipScale scale;
    private final Random random;
    private final boolean constant;
    private final int w;
    private final int h;

    VipMarks(RegionRaster region, Box box, VipScale scale, Random random, boolean constant) {
        this.region = region;
        this.box = box;
        this.scale = scale;
        this.random = random;
        this.constant = constant;
        this.w = region.imageWidth();
        this.h = region.imageHeight();
    }

    Mark draw(VipShape shape) {
        return switch (shape) {
            case RECTANGLE -> rectangle();
            case ELLIPSE -> ellipse();
            case TRIANGLE -> triangle();
            case POINT -> point();
            case SCRIBBLE -> scribble();
            case MASK_CONTOUR -> contour();
            case MASK -> new Mark(Coverage.of(region), null);
            case ARROW -> arrow();
        };
    }

    /** PIL's {@code rectangle(outline, width)}: a band {@code width} pixels wide inside the integer corners. */
    private Mark rectangle() {
        int lw = constant ? scale.fixedWidth(3) : scale.randomWidth(random, 2, 8);
        int x0 = (int) box.x1();
        int y0 = (int) box.y1();
        int x1 = (int) box.x2();
        int y1 = (int) box.y2();
        int cx0 = Math.max(0, x0);
        int cy0 = Math.max(0, y0);
        int cx1 = Math.min(w - 1, x1);
        int cy1 = Math.min(h - 1, y1);
        int cw = cx1 - cx0 + 1;
        int ch = cy1 - cy0 + 1;
        if (cw <= 0 || ch <= 0) {
            return new Mark(Coverage.EMPTY, box);
        }
        byte[] bits = new byte[cw * ch];
        for (int y = cy0; y <= cy1; y++) {
            boolean rowBand = y - y0 < lw || y1 - y < lw;
            for (int x = cx0; x <= cx1; x++) {
                if (rowBand || x - x0 < lw || x1 - x < lw) {
                    bits[(y - cy0) * cw + (x - cx0)] = 1;
                }
            }
        }
        return new Mark(new Coverage(cx0, cy0, cw, ch, bits), box);
    }

    /** The region's bounds scaled about their centre by 1-1.5 (constant: 1.25), outlined inwards like PIL. */
    private Mark ellipse() {
        int lw = constant ? scale.fixedWidth(3) : scale.randomWidth(random, 2, 8);
        double ratio = constant ? 1.25 : VipScale.uniform(random, 1, 1.5);
        Box b = region.bounds();
        double cx = (b.x1() + b.x2()) / 2;
        double cy = (b.y1() + b.y2()) / 2;
        double rx = b.width() * ratio / 2;
        double ry = b.height() * ratio / 2;
        Ellipse drawn = new Ellipse(cx, cy, rx, ry, 0);
        double inset = lw / 2.0;
        Coverage c;
        if (rx * 2 <= lw || ry * 2 <= lw) {
            c = ShapeRaster.fill(w, h, new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
        } else {
            Shape path = new Ellipse2D.Double(cx - rx + inset, cy - ry + inset, 2 * rx - lw, 2 * ry - lw);
            c = ShapeRaster.stroke(w, h, path, lw, BasicStroke.CAP_BUTT);
        }
        return new Mark(c, drawn);
    }

    /** Three points inside the region whose angles are all at most 150 degrees, joined with round joints. */
    private Mark triangle() {
        int lw = constant ? scale.fixedWidth(3) : scale.randomWidth(random, 2, 8);
        Point[] p = constant ? fixedTriangle() : null;
        for (int t = 0; p == null && t < 1000; t++) {
            Point[] c = {region.randomInside(random), region.randomInside(random), region.randomInside(random)};
            if (maxAngleAtMost150(c)) {
                p = c;
            }
        }
        if (p == null) {
            p = fixedTriangle();
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(p[0].x(), p[0].y());
        path.lineTo(p[1].x(), p[1].y());
        path.lineTo(p[2].x(), p[2].y());
        path.closePath();
        Coverage c = ShapeRaster.stroke(w, h, path, lw, BasicStroke.CAP_ROUND);
        return new Mark(c, Polygon.of(p[0].x(), p[0].y(), p[1].x(), p[1].y(), p[2].x(), p[2].y()));
    }

    private Point[] fixedTriangle() {
        Box b = region.bounds();
        return new Point[] {
            region.nearestInside(b.x1() + 0.5 * b.width(), b.y1() + 0.2 * b.height()),
            region.nearestInside(b.x1() + 0.2 * b.width(), b.y1() + 0.8 * b.height()),
            region.nearestInside(b.x1() + 0.8 * b.width(), b.y1() + 0.8 * b.height())};
    }

    /** ViP's {@code is_max_angle_less_than_150}: false for degenerate (repeated-point) triangles. */
    static boolean maxAngleAtMost150(Point[] p) {
        for (int i = 0; i < 3; i++) {
            Point p1 = p[i];
            Point p2 = p[(i + 1) % 3];
            Point p3 = p[(i + 2) % 3];
            double a = p3.distance(p2);
            double b = p1.distance(p3);
            double c = p1.distance(p2);
            if (a == 0 || c == 0) {
                return false;
            }
            double cos = Math.max(-1, Math.min(1, (a * a + c * c - b * b) / (2 * a * c)));
            if (Math.toDegrees(Math.acos(cos)) > 150) {
                return false;
            }
        }
        return true;
    }

    /**
     * A filled ellipse of radius 5s-20s (aspect 1, or 0.5-2 half the time) centred on a normal sample around the
     * region's box centre (variance w/8, h/8), retried up to 10 times to fall inside the region and otherwise moved
     * to the nearest region pixel (ViP keeps the outside sample). Constant: radius 12s at the region pixel nearest
     * the box centre.
     */
    private Mark point() {
        Box b = region.bounds();
        double mx = (b.x1() + b.x2()) / 2;
        double my = (b.y1() + b.y2()) / 2;
        int radius;
        double aspect;
        Point centre;
        if (constant) {
            radius = scale.fixedWidth(12);
            aspect = 1;
            centre = region.nearestInside(mx, my);
        } else {
            radius = scale.randomWidth(random, 5, 20);
            aspect = random.nextDouble() < 0.5 ? 1 : VipScale.uniform(random, 0.5, 2.0);
            centre = null;
            double sx = Math.sqrt(b.width() / 8);
            double sy = Math.sqrt(b.height() / 8);
            for (int t = 0; t < 10 && centre == null; t++) {
                double x = mx + sx * random.nextGaussian();
                double y = my + sy * random.nextGaussian();
                if (region.containsPoint(x, y)) {
                    centre = new Point(x, y);
                }
            }
            if (centre == null) {
                centre = region.nearestInside(mx, my);
            }
        }
        double rx = radius * aspect;
        double ry = radius / aspect;
        Coverage c = ShapeRaster.fill(w, h,
                new Ellipse2D.Double(centre.x() - rx, centre.y() - ry, 2 * rx, 2 * ry));
        return new Mark(c, new Ellipse(centre.x(), centre.y(), rx, ry, 0));
    }

    /** A cubic Bezier through four points inside the region, width 2s-12s (constant: an S across it, 3s). */
    private Mark scribble() {
        int lw = constant ? scale.fixedWidth(3) : scale.randomWidth(random, 2, 12);
        Point[] p = new Point[4];
        if (constant) {
            Box b = region.bounds();
            double[][] f = {{0.15, 0.5}, {0.38, 0.15}, {0.62, 0.85}, {0.85, 0.5}};
            for (int i = 0; i < 4; i++) {
                p[i] = region.nearestInside(b.x1() + f[i][0] * b.width(), b.y1() + f[i][1] * b.height());
            }
        } else {
            for (int i = 0; i < 4; i++) {
                p[i] = region.randomInside(random);
            }
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(p[0].x(), p[0].y());
        path.curveTo(p[1].x(), p[1].y(), p[2].x(), p[2].y(), p[3].x(), p[3].y());
        Coverage c = ShapeRaster.stroke(w, h, path, lw, BasicStroke.CAP_ROUND);
        int n = 33;
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = i / (double) (n - 1);
            double u = 1 - t;
            double b0 = u * u * u;
            double b1 = 3 * u * u * t;
            double b2 = 3 * u * t * t;
            double b3 = t * t * t;
            xy[2 * i] = b0 * p[0].x() + b1 * p[1].x() + b2 * p[2].x() + b3 * p[3].x();
            xy[2 * i + 1] = b0 * p[0].y() + b1 * p[1].y() + b2 * p[2].y() + b3 * p[3].y();
        }
        return new Mark(c, Polyline.of(xy));
    }

    /** The region's outline thickened by 1s-2s on every side (ViP redraws the outline at every shift up to w). */
    private Mark contour() {
        int lw = constant ? scale.fixedWidth(2) : scale.randomWidth(random, 1, 2);
        return new Mark(RasterOps.contourBand(region, -lw, lw), null);
    }

    /**
     * ViP's {@code draw_arrow}: the tip near the box centre (jitter +-25 % of the box; moved onto the region when
     * the jittered point falls outside it), length from 0.8 x the shorter box side to 50s, any direction, head 20-50 %
     * of the length at +-60 degrees, a wobbly shaft half the time, a filled head half the time. Constant: tip at the
     * region pixel nearest the box centre, tail towards the upper right, mid-range length, filled head.
     */
    private Mark arrow() {
        int lw = constant ? scale.fixedWidth(3) : scale.randomWidth(random, 1, 6);
        double maxLength = Math.max(scale.scaled(50), 1);
        double side = Math.min(box.width(), box.height());
        double cx = (box.x1() + box.x2()) / 2;
        double cy = (box.y1() + box.y2()) / 2;
        double length;
        double angle;
        double head;
        boolean wobble;
        boolean filledHead;
        if (constant) {
            length = (0.8 * side + maxLength) / 2;
            angle = -Math.PI / 4;
            head = Math.max(0.35 * length, scale.scaled(6));
            wobble = false;
            filledHead = true;
        } else {
            length = VipScale.uniform(random, 0.8 * side, maxLength);
            angle = VipScale.uniform(random, 0, 2 * Math.PI);
            cx += VipScale.uniform(random, -0.25, 0.25) * box.width();
            cy += VipScale.uniform(random, -0.25, 0.25) * box.height();
            head = Math.max(VipScale.uniform(random, 0.2, 0.5) * length, scale.scaled(6));
            wobble = random.nextDouble() < 0.5;
            filledHead = random.nextDouble() < 0.5;
        }
        Point tip = region.nearestInside(cx, cy);
        double ex = tip.x() + (length - head) * Math.cos(angle);
        double ey = tip.y() + (length - head) * Math.sin(angle);
        Path2D.Double shaft = new Path2D.Double();
        shaft.moveTo(tip.x(), tip.y());
        if (wobble) {
            int unit = (int) scale.s();
            shaft.lineTo((tip.x() + ex) / 2 + VipScale.uniform(random, -5, 5) * unit,
                    (tip.y() + ey) / 2 + VipScale.uniform(random, -5, 5) * unit);
        }
        shaft.lineTo(ex, ey);
        double ax = tip.x() + head * Math.cos(angle + Math.PI / 3);
        double ay = tip.y() + head * Math.sin(angle + Math.PI / 3);
        double bx = tip.x() + head * Math.cos(angle - Math.PI / 3);
        double by = tip.y() + head * Math.sin(angle - Math.PI / 3);
        Path2D.Double barbs = new Path2D.Double();
        barbs.moveTo(ax, ay);
        barbs.lineTo(tip.x(), tip.y());
        barbs.lineTo(bx, by);
        BasicStroke pen = new BasicStroke(lw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        Shape headShape = filledHead ? closed(barbs) : pen.createStrokedShape(barbs);
        Coverage c = ShapeRaster.fill(w, h, pen.createStrokedShape(shaft), headShape);
        return new Mark(c, new Arrow(new Point(ex, ey), tip));
    }

    private static Shape closed(Path2D.Double open) {
        Path2D.Double p = new Path2D.Double(open);
        p.closePath();
        return p;
    }
}
