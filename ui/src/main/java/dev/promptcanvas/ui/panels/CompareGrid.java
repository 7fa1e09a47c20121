package dev.promptcanvas.ui.panels;

import dev.promptcanvas.inference.render.RenderResult;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** Renders of one region in several styles, side by side with their names, as one image. */
final class CompareGrid {

    private static final int CELL = 360;
    private static final int CAPTION = 24;

    private CompareGrid() {
    }

    static BufferedImage of(List<RenderResult> results) {
        int columns = Math.min(4, results.size());
        int rows = (results.size() + columns - 1) / columns;
        BufferedImage grid = new BufferedImage(columns * CELL, rows * (CELL + CAPTION), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int i = 0; i < results.size(); i++) {
            BufferedImage img = results.get(i).image();
            int x = (i % columns) * CELL;
            int y = (i / columns) * (CELL + CAPTION);
            double scale = Math.min((double) CELL / img.getWidth(), (double) CELL / img.getHeight());
            int w = (int) Math.round(img.getWidth() * scale);
            int h = (int) Math.round(img.getHeight() * scale);
            g.drawImage(img, x + (CELL - w) / 2, y + (CELL - h) / 2, w, h, null);
            g.setColor(Color.BLACK);
            g.drawString(results.get(i).style().id(), x + 6, y + CELL + 17);
        }
        g.dispose();
        return grid;
    }
}
