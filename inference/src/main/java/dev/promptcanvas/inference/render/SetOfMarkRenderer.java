package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Set-of-Mark prompting: every region gets a distinct colour, optionally a translucent fill and an outline (stroked
 * on the shape for boxes, polygons and ellipses; traced on the pixels for masks and the rest), and a
 * label box (its number or letter, in black or white, whichever contrasts with the colour) at its most interior
 * point, nudged away from labels already placed. Labels are drawn last, so they stay readable.
 */
final class SetOfMarkRenderer {

    private static final int[][] NUDGES = {{0, 0}, {0, 1}, {0, -1}, {1, 0}, {-1, 0}, {1, 1}, {-1, 1}, {1, -1},
        {-1, -1}, {0, 2}, {0, -2}, {2, 0}, {-2, 0}};

    private SetOfMarkRenderer() {
    }

    static RenderResult render(BufferedImage image, List<Geometry> regions, RenderOptions options) {
        SomOptions o = options.som();
        BufferedImage out = Pixels.copyToRgb(image);
        int w = out.getWidth();
        int h = out.getHeight();
        int[] px = Pixels.data(out);
        int longer = Math.max(w, h);
        int outline = Math.max(2, Math.round(longer / 400f));
        int scale = Math.max(3, (int) Math.round(longer * 0.004 * o.labelScale()));
        List<RegionRaster> rasters = new ArrayList<>();
        List<PromptColor> colors = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            rasters.add(RegionRasters.require(regions.get(i), i, w, h, Math.max(3, longer / 100.0)));
            colors.add(options.color() != null ? options.color() : PromptColors.SOM.get(i % PromptColors.SOM.size()));
        }
        if (o.fill()) {
            for (int i = 0; i < rasters.size(); i++) {
                Coverage.of(rasters.get(i)).compositeOnto(px, w, h, colors.get(i).rgb(), o.fillAlpha());
            }
        }
        if (o.outline()) {
            Graphics2D g = Pixels.crispGraphics(out);
            g.setStroke(new BasicStroke(outline, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            for (int i = 0; i < rasters.size(); i++) {
                Shape shape = vectorShape(regions.get(i));
                if (shape != null) {
                    // vector regions: Java2D strokes only the outline's pixels
                    g.setColor(new Color(colors.get(i).rgb()));
                    g.draw(shape);
                } else {
                    RasterOps.contourBand(rasters.get(i), -(outline - 1), 0)
                            .compositeOnto(px, w, h, colors.get(i).rgb(), 255);
                }
            }
            g.dispose();
        }
        List<RenderedMark> marks = new ArrayList<>();
        List<Box> placed = new ArrayList<>();
        for (int i = 0; i < rasters.size(); i++) {
            String label = o.letters() ? letters(i) : Integer.toString(i + 1);
            Point anchor = anchor(regions.get(i), rasters.get(i));
            int pad = scale;
            int lw = BitmapFont.width(label, scale) + 2 * pad;
            int lh = BitmapFont.height(scale) + 2 * pad;
            Box box = place(anchor, lw, lh, w, h, placed);
            placed.add(box);
            PromptColor color = colors.get(i);
            drawLabel(px, w, h, box, label, scale, pad, color);
            marks.add(new RenderedMark(i, label, "labelled " + label, "som-label", color, 255, regions.get(i), box));
        }
        return new RenderResult(VisualPromptStyle.SOM, out, marks, null, null);
    }

    /** The outline of a box, polygon or ellipse as a Java2D shape; null for masks and the other kinds. */
    private static Shape vectorShape(Geometry g) {
        if (g instanceof Box b) {
            return new Rectangle2D.Double(b.x1(), b.y1(), b.width(), b.height());
        } else if (g instanceof Polygon p) {
            return RegionRaster.polygonPath(p);
        } else if (g instanceof Ellipse e) {
            return RegionRaster.ellipseShape(e);
        }
        return null;
    }

    /** a, b, ..., z, aa, ab, ... */
    static String letters(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            n--;
            sb.insert(0, (char) ('a' + n % 26));
            n /= 26;
        }
        return sb.toString();
    }

    private static Point anchor(Geometry region, RegionRaster raster) {
        if (region instanceof Box b) {
            return raster.nearestInside((b.x1() + b.x2()) / 2, (b.y1() + b.y2()) / 2);
        }
        return RasterOps.mostInterior(raster, 2_500);
    }

    /** A label rectangle centred on the anchor (kept inside the image), nudged off earlier labels when possible. */
    private static Box place(Point anchor, int lw, int lh, int w, int h, List<Box> placed) {
        Box first = null;
        for (int[] n : NUDGES) {
            int x = (int) Math.round(anchor.x() - lw / 2.0) + n[0] * lw;
            int y = (int) Math.round(anchor.y() - lh / 2.0) + n[1] * lh;
            x = Math.max(0, Math.min(w - lw, x));
            y = Math.max(0, Math.min(h - lh, y));
            Box b = new Box(Math.max(0, x), Math.max(0, y), Math.max(0, x) + lw, Math.max(0, y) + lh);
            if (first == null) {
                first = b;
            }
            boolean free = placed.stream().noneMatch(p -> p.iou(b) > 0);
            if (free) {
                return b;
            }
        }
        return first;
    }

    private static void drawLabel(int[] px, int w, int h, Box box, String label, int scale, int pad, PromptColor c) {
        int x0 = (int) box.x1();
        int y0 = (int) box.y1();
        int x1 = Math.min(w, (int) box.x2());
        int y1 = Math.min(h, (int) box.y2());
        int text = c.contrastingText().rgb();
        int border = Math.max(1, scale / 2);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                boolean edge = x - x0 < border || x1 - 1 - x < border || y - y0 < border || y1 - 1 - y < border;
                px[y * w + x] = edge ? text : c.rgb();
            }
        }
        BitmapFont.draw(px, w, h, label, x0 + pad, y0 + pad, scale, text);
    }
}
