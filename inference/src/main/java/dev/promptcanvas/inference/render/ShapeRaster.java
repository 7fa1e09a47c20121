package dev.promptcanvas.inference.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Rasterises Java2D shapes (filled, or stroked with a pen) into a {@link Coverage} clipped to the image. */
final class ShapeRaster {

    private ShapeRaster() {
    }

    /** The pixels whose centres lie inside any of the shapes (antialiasing off). */
    static Coverage fill(int imageWidth, int imageHeight, Shape... shapes) {
        Rectangle2D b = null;
        for (Shape s : shapes) {
            Rectangle2D sb = s.getBounds2D();
            b = b == null ? sb : b.createUnion(sb);
        }
        if (b == null) {
            return Coverage.EMPTY;
        }
        int x0 = clamp((int) Math.floor(b.getMinX()), imageWidth);
        int y0 = clamp((int) Math.floor(b.getMinY()), imageHeight);
        int x1 = clamp((int) Math.ceil(b.getMaxX()) + 1, imageWidth);
        int y1 = clamp((int) Math.ceil(b.getMaxY()) + 1, imageHeight);
        int w = x1 - x0;
        int h = y1 - y0;
        if (w <= 0 || h <= 0) {
            return Coverage.EMPTY;
        }
        BufferedImage layer = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = Pixels.crispGraphics(layer);
        g.translate(-x0, -y0);
        g.setColor(Color.WHITE);
        for (Shape s : shapes) {
            g.fill(s);
        }
        g.dispose();
        // covered pixels hold 255 (-1 as a byte); every reader tests for != 0
        byte[] data = ((DataBufferByte) layer.getRaster().getDataBuffer()).getData();
        return new Coverage(x0, y0, w, h, data);
    }

    /** The pixels under a pen of the given width drawn along the path (round joins, the given cap). */
    static Coverage stroke(int imageWidth, int imageHeight, Shape path, double width, int cap) {
        BasicStroke pen = new BasicStroke((float) Math.max(1, width), cap, BasicStroke.JOIN_ROUND);
        return fill(imageWidth, imageHeight, pen.createStrokedShape(path));
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
