package dev.promptcanvas.ui.viewer.tiles;

import dev.promptcanvas.ui.viewer.Viewport;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;

/**
 * Draws a {@link TiledImageSource} into a viewer: the visible part of the overview first, then over it the best
 * tiles available at the level the zoom needs (a coarser cached tile stands in for a missing one), and asks the
 * source for the missing tiles.
 */
public final class TiledImagePainter {

    private final TiledImageSource source;
    private int lastDrawnTiles;

    public TiledImagePainter(TiledImageSource source) {
        this.source = source;
    }

    public TiledImageSource source() {
        return source;
    }

    /** Tiles drawn by the last paint (0 when the overview alone was enough or nothing was cached). */
    public int lastDrawnTiles() {
        return lastDrawnTiles;
    }

    /** Paints the part of the image inside the view [0, viewW) × [0, viewH); call on the FX thread. */
    public void paint(GraphicsContext g, Viewport v, double viewW, double viewH) {
        lastDrawnTiles = 0;
        double x0 = Math.max(0, v.toImageX(0));
        double y0 = Math.max(0, v.toImageY(0));
        double x1 = Math.min(source.width(), v.toImageX(viewW));
        double y1 = Math.min(source.height(), v.toImageY(viewH));
        if (x1 <= x0 || y1 <= y0) {
            source.request(List.of());
            return;
        }
        g.setImageSmoothing(v.scale() < 1);
        drawPart(g, v, source.overview(), 0, 0, source.overviewStep(), x0, y0, x1, y1);
        TileGrid grid = source.grid();
        int level = grid.levelFor(v.scale());
        if (TileGrid.subsampling(level) >= source.overviewStep()) {
            source.request(List.of());
            return;
        }
        List<TileKey> missing = new ArrayList<>();
        for (TileKey key : grid.tilesIn(level, x0, y0, x1, y1)) {
            double tx0 = Math.max(x0, grid.imageX(key));
            double ty0 = Math.max(y0, grid.imageY(key));
            double span = (double) grid.tileSize() * TileGrid.subsampling(level);
            double tx1 = Math.min(x1, grid.imageX(key) + span);
            double ty1 = Math.min(y1, grid.imageY(key) + span);
            TileKey shown = key;
            Image image = source.cachedTile(key);
            if (image == null) {
                missing.add(key);
                for (int coarser = level + 1; image == null && coarser <= grid.maxLevel()
                        && TileGrid.subsampling(coarser) < source.overviewStep(); coarser++) {
                    shown = grid.parent(key, coarser);
                    image = source.cachedTile(shown);
                }
            }
            if (image != null) {
                drawPart(g, v, image, grid.imageX(shown), grid.imageY(shown), TileGrid.subsampling(shown.level()),
                        tx0, ty0, tx1, ty1);
                lastDrawnTiles++;
            }
        }
        source.request(missing);
    }

    /**
     * Draws the image region [x0, x1) × [y0, y1) from an image whose pixel (0, 0) sits at image point (originX,
     * originY) and whose pixels each cover step × step image pixels.
     */
    private static void drawPart(GraphicsContext g, Viewport v, Image image, double originX, double originY,
                                 int step, double x0, double y0, double x1, double y1) {
        double sx = (x0 - originX) / step;
        double sy = (y0 - originY) / step;
        double sw = Math.min((x1 - x0) / step, image.getWidth() - sx);
        double sh = Math.min((y1 - y0) / step, image.getHeight() - sy);
        if (sw <= 0 || sh <= 0) {
            return;
        }
        g.drawImage(image, sx, sy, sw, sh, v.toScreenX(x0), v.toScreenY(y0), sw * step * v.scale(),
                sh * step * v.scale());
    }
}
