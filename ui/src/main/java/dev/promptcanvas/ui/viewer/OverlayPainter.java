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
import dev.promptcanvas.annotations.edit.Handle;
import dev.promptcanvas.annotations.edit.HitTest;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.ui.tools.PreviewShape;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

/** Paints annotations in image coordinates onto a viewer's canvas. */
final class OverlayPainter {

    private final MaskImages maskImages = new MaskImages();

    void paint(GraphicsContext g, Viewport v, Annotation a, Color color, boolean selected) {
        paint(g, v, a, color, selected, 0.25);
    }

    void paint(GraphicsContext g, Viewport v, Annotation a, Color color, boolean selected, double fillOpacity) {
        Geometry geometry = a.geometry();
        double lineWidth = selected ? 3 : 2;
        g.setLineWidth(lineWidth);
        g.setStroke(color);
        g.setFill(color.deriveColor(0, 1, 1, fillOpacity));
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

    /** The smallest visible annotation under (x, y), or null. */
    Annotation topmost(List<Annotation> annotations, Set<Long> hidden, double x, double y, double tolerance) {
        Annotation best = null;
        double bestArea = Double.POSITIVE_INFINITY;
        for (int i = annotations.size() - 1; i >= 0; i--) {
            Annotation a = annotations.get(i);
            if (!hidden.contains(a.id()) && HitTest.hits(a.geometry(), x, y, tolerance)) {
                double area = a.geometry().bounds().area();
                if (area < bestArea) {
                    best = a;
                    bestArea = area;
                }
            }
        }
        return best;
    }

    void paintHover(GraphicsContext g, Viewport v, Annotation a) {
        Box b = a.geometry().bounds();
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeRect(v.toScreenX(b.x1()) - 2, v.toScreenY(b.y1()) - 2, b.width() * v.scale() + 4,
                b.height() * v.scale() + 4);
        g.setLineDashes();
    }

    void paintHandles(GraphicsContext g, Viewport v, List<Handle> handles) {
        double r = 4;
        g.setLineWidth(1.2);
        for (Handle h : handles) {
            double x = v.toScreenX(h.x());
            double y = v.toScreenY(h.y());
            g.setFill(Color.WHITE);
            g.fillRect(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.web("#1e1e1e"));
            g.strokeRect(x - r, y - r, 2 * r, 2 * r);
        }
    }

    void paintPreview(GraphicsContext g, Viewport v, PreviewShape p, Color labelColor) {
        Color color = switch (p.style()) {
            case POSITIVE -> Color.web("#2ecc40");
            case NEGATIVE -> Color.web("#ff4136");
            case PROMPT -> Color.web("#ffdc00");
            case CURSOR -> Color.WHITE;
            default -> labelColor;
        };
        Geometry geometry = p.geometry();
        if (p.style() == PreviewShape.Style.CURSOR && geometry instanceof Ellipse e) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(v.toScreenX(e.cx() - e.rx()), v.toScreenY(e.cy() - e.ry()), 2 * e.rx() * v.scale(),
                    2 * e.ry() * v.scale());
            return;
        }
        if (geometry instanceof Point pt && p.style() != PreviewShape.Style.SHAPE) {
            paintPromptPoint(g, v, pt, color, p.style() == PreviewShape.Style.POSITIVE);
            return;
        }
        boolean shape = p.style() == PreviewShape.Style.SHAPE;
        g.setLineDashes(shape ? new double[0] : new double[] {6, 4});
        paint(g, v, new Annotation(-1, 0, 0, geometry, null, null, null, false, null, null, null),
                shape ? color : color.deriveColor(0, 1, 1, 1), false, shape ? 0.25 : 0.0);
        g.setLineDashes();
    }

    /** Green plus for positive clicks, red minus for negative ones, with a dark ring so they read on any image. */
    void paintPromptPoint(GraphicsContext g, Viewport v, Point p, Color color, boolean positive) {
        double x = v.toScreenX(p.x());
        double y = v.toScreenY(p.y());
        double r = 7;
        g.setFill(color);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.web("#111111"));
        g.setLineWidth(1.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeLine(x - 4, y, x + 4, y);
        if (positive) {
            g.strokeLine(x, y - 4, x, y + 4);
        }
    }
}
