package dev.promptcanvas.ui.viewer;

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
import dev.promptcanvas.annotations.edit.Handle;
import dev.promptcanvas.annotations.edit.HitTest;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.ui.tools.PreviewShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

/** Paints annotations in image coordinates onto a viewer's canvas. */
final class OverlayPainter {

    /** Shapes whose screen box is smaller than this (px) are drawn as a dot: their outline would be a blur. */
    private static final double DOT_SIZE = 2;
    private final MaskImages maskImages = new MaskImages();
    private List<Annotation> boundsOf = List.of();
    private Box[] bounds = new Box[0];

    /**
     * Paints every annotation of a list that is not skipped and whose bounds meet the view [0, viewW) × [0, viewH),
     * in list order. Bounds are computed once per list instance and colours once per category and call.
     */
    void paintAll(GraphicsContext g, Viewport v, double viewW, double viewH, List<Annotation> list,
                  Predicate<Annotation> skip, LongFunction<Color> colors, long selectedId) {
        paintAll(g, v, 0, 0, viewW, viewH, list, 0, list.size(), skip, colors, selectedId);
    }

    /**
     * The same for the annotations [from, to) of the list that meet the screen rectangle [sx0, sx1) × [sy0, sy1)
     * (a partial or progressive repaint).
     */
    void paintAll(GraphicsContext g, Viewport v, double sx0, double sy0, double sx1, double sy1,
                  List<Annotation> list, int from, int to, Predicate<Annotation> skip, LongFunction<Color> colors,
                  long selectedId) {
        if (list != boundsOf) {
            boundsOf = list;
            bounds = new Box[list.size()];
            for (int i = 0; i < bounds.length; i++) {
                bounds[i] = list.get(i).geometry().bounds();
            }
        }
        double x0 = v.toImageX(sx0);
        double y0 = v.toImageY(sy0);
        double x1 = v.toImageX(sx1);
        double y1 = v.toImageY(sy1);
        double margin = 16 / v.scale();
        Map<Long, Color> colorOf = new HashMap<>();
        for (int i = from; i < to; i++) {
            Box b = bounds[i];
            if (b.x2() < x0 - margin || b.x1() > x1 + margin || b.y2() < y0 - margin || b.y1() > y1 + margin) {
                continue;
            }
            Annotation a = list.get(i);
            if (skip.test(a)) {
                continue;
            }
            Color color = colorOf.computeIfAbsent(a.categoryId(), colors::apply);
            boolean selected = a.id() == selectedId;
            if (!selected && !(a.geometry() instanceof Point) && b.width() * v.scale() < DOT_SIZE
                    && b.height() * v.scale() < DOT_SIZE) {
                g.setFill(color);
                g.fillRect(v.toScreenX(b.x1()), v.toScreenY(b.y1()), DOT_SIZE, DOT_SIZE);
                continue;
            }
            paint(g, v, a, color, selected);
        }
    }

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
            MaskImages.Placed placed = maskImages.imageOf(a.id(), m.rle(), color);
            if (placed != null) {
                WritableImage image = placed.image();
                g.drawImage(image, v.toScreenX(placed.x()), v.toScreenY(placed.y()), image.getWidth() * v.scale(),
                        image.getHeight() * v.scale());
            }
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

    /** Vertices closer than this (screen px) to the last one drawn are left out: they change no pixel. */
    private static final double MIN_STEP = 0.75;

    private static void paintPolygon(GraphicsContext g, Viewport v, Polygon p) {
        g.beginPath();
        for (PolygonPart part : p.parts()) {
            tracePath(g, v, part.shell());
            for (Ring hole : part.holes()) {
                tracePath(g, v, hole);
            }
        }
        g.setFillRule(FillRule.EVEN_ODD);
        g.fill();
        g.stroke();
    }

    private static void tracePath(GraphicsContext g, Viewport v, Ring ring) {
        double lx = v.toScreenX(ring.x(0));
        double ly = v.toScreenY(ring.y(0));
        g.moveTo(lx, ly);
        for (int i = 1; i < ring.size(); i++) {
            double x = v.toScreenX(ring.x(i));
            double y = v.toScreenY(ring.y(i));
            if (Math.abs(x - lx) >= MIN_STEP || Math.abs(y - ly) >= MIN_STEP) {
                g.lineTo(x, y);
                lx = x;
                ly = y;
            }
        }
        g.closePath();
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

    /** A highlighted annotation: its shape drawn bold, a white halo around its bounds and its tag in a badge. */
    void paintHighlight(GraphicsContext g, Viewport v, Annotation a, Color color, String tag) {
        paint(g, v, a, color, true, 0.45);
        Box b = a.geometry().bounds();
        double x = v.toScreenX(b.x1()) - 3;
        double y = v.toScreenY(b.y1()) - 3;
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokeRect(x, y, b.width() * v.scale() + 6, b.height() * v.scale() + 6);
        if (!tag.isEmpty()) {
            double w = 8 + 8 * tag.length();
            g.setFill(color);
            g.fillRoundRect(x, y - 18, w, 18, 6, 6);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeRoundRect(x, y - 18, w, 18, 6, 6);
            g.setFill(color.getBrightness() > 0.7 && color.getSaturation() < 0.5 ? Color.BLACK : Color.WHITE);
            g.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
            g.fillText(tag, x + 4, y - 5);
        }
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
