package dev.promptcanvas.ui.viewer;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.model.Annotation;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

/** Paints annotations in image coordinates onto a viewer's canvas. */
final class OverlayPainter {

    private final MaskImages maskImages = new MaskImages();

    void paint(GraphicsContext g, Viewport v, Annotation a, Color color, boolean selected) {
        Geometry geometry = a.geometry();
        double lineWidth = selected ? 3 : 2;
        g.setLineWidth(lineWidth);
        g.setStroke(color);
        g.setFill(color.deriveColor(0, 1, 1, 0.25));
        if (geometry instanceof Mask m) {
            g.drawImage(maskImages.imageOf(a.id(), m.rle(), color), v.toScreenX(0), v.toScreenY(0),
                    m.width() * v.scale(), m.height() * v.scale());
            if (selected) {
                strokeBox(g, v, m.bounds());
            }
        } else if (geometry instanceof Box b) {
            double x = v.toScreenX(b.x1());
            double y = v.toScreenY(b.y1());
            g.fillRect(x, y, b.width() * v.scale(), b.height() * v.scale());
            g.strokeRect(x, y, b.width() * v.scale(), b.height() * v.scale());
        } else if (geometry instanceof Polygon p) {
            paintPolygon(g, v, p);
        } else if (geometry instanceof Ellipse e) {
            paintEllipse(g, v, e);
        } else if (geometry instanceof Point p) {
            double r = selected ? 6 : 4.5;
            g.setFill(color);
            g.fillOval(v.toScreenX(p.x()) - r, v.toScreenY(p.y()) - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(v.toScreenX(p.x()) - r, v.toScreenY(p.y()) - r, 2 * r, 2 * r);
        } else if (geometry instanceof Polyline l) {
            g.beginPath();
            for (int i = 0; i < l.size(); i++) {
                if (i == 0) {
                    g.moveTo(v.toScreenX(l.x(i)), v.toScreenY(l.y(i)));
                } else {
                    g.lineTo(v.toScreenX(l.x(i)), v.toScreenY(l.y(i)));
                }
            }
            g.stroke();
        } else if (geometry instanceof Arrow arrow) {
            paintArrow(g, v, arrow);
        }
    }

    private static void strokeBox(GraphicsContext g, Viewport v, Box b) {
        g.setLineDashes(6, 4);
        g.strokeRect(v.toScreenX(b.x1()), v.toScreenY(b.y1()), b.width() * v.scale(), b.height() * v.scale());
        g.setLineDashes();
    }

    private static void paintPolygon(GraphicsContext g, Viewport v, Polygon p) {
        g.beginPath();
        for (Ring ring : p.allRings()) {
            for (int i = 0; i < ring.size(); i++) {
                double x = v.toScreenX(ring.x(i));
                double y = v.toScreenY(ring.y(i));
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.closePath();
        }
        g.setFillRule(FillRule.EVEN_ODD);
        g.fill();
        g.stroke();
    }

    private static void paintEllipse(GraphicsContext g, Viewport v, Ellipse e) {
        g.save();
        g.translate(v.toScreenX(e.cx()), v.toScreenY(e.cy()));
        g.rotate(e.angleDegrees());
        double rx = e.rx() * v.scale();
        double ry = e.ry() * v.scale();
        g.fillOval(-rx, -ry, 2 * rx, 2 * ry);
        g.strokeOval(-rx, -ry, 2 * rx, 2 * ry);
        g.restore();
    }

    private static void paintArrow(GraphicsContext g, Viewport v, Arrow a) {
        double tx = v.toScreenX(a.tail().x());
        double ty = v.toScreenY(a.tail().y());
        double hx = v.toScreenX(a.head().x());
        double hy = v.toScreenY(a.head().y());
        g.strokeLine(tx, ty, hx, hy);
        double angle = Math.atan2(hy - ty, hx - tx);
        double len = 14;
        for (double side : new double[] {-Math.PI / 7, Math.PI / 7}) {
            g.strokeLine(hx, hy, hx - len * Math.cos(angle + side), hy - len * Math.sin(angle + side));
        }
    }
}
