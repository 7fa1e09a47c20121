package dev.promptcanvas.ui.viewer.tiles;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a tile pyramid, pure maths: level L subsamples the image by 2^L (pixel i of a level samples image
 * pixel i * 2^L), each level is cut into square tiles of {@link #tileSize()} level pixels.
 */
public final class TileGrid {

    private final int width;
    private final int height;
    private final int tileSize;
    private final int maxLevel;

    public TileGrid(int width, int height, int tileSize) {
        if (width <= 0 || height <= 0 || tileSize <= 0) {
            throw new IllegalArgumentException("tile grid: width, height and tile size must be positive, got "
                    + width + "x" + height + " / " + tileSize);
        }
        this.width = width;
        this.height = height;
        this.tileSize = tileSize;
        int level = 0;
        while (Math.max(levelWidth(level), levelHeight(level)) > tileSize) {
            level++;
        }
        this.maxLevel = level;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int tileSize() {
        return tileSize;
    }

    /** The coarsest level: the whole image fits in one tile there. */
    public int maxLevel() {
        return maxLevel;
    }

    /** The subsampling factor 2^level. */
    public static int subsampling(int level) {
        return 1 << level;
    }

    public int levelWidth(int level) {
        return ceilDiv(width, subsampling(level));
    }

    public int levelHeight(int level) {
        return ceilDiv(height, subsampling(level));
    }

    public int columns(int level) {
        return ceilDiv(levelWidth(level), tileSize);
    }

    public int rows(int level) {
        return ceilDiv(levelHeight(level), tileSize);
    }

    /**
     * The level whose pixels are at least as fine as the screen's at this scale (screen pixels per image pixel):
     * the largest L with 2^L ≤ 1 / scale, clamped to [0, maxLevel].
     */
    public int levelFor(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("tile grid: scale must be positive, got " + scale);
        }
        int level = (int) Math.floor(Math.log(1 / scale) / Math.log(2) + 1e-9);
        return Math.max(0, Math.min(maxLevel, level));
    }

    /** Tile width in level pixels (the last column may be narrower). */
    public int tileWidth(TileKey key) {
        return Math.min(tileSize, levelWidth(key.level()) - key.column() * tileSize);
    }

    /** Tile height in level pixels (the last row may be shorter). */
    public int tileHeight(TileKey key) {
        return Math.min(tileSize, levelHeight(key.level()) - key.row() * tileSize);
    }

    /** Image x of the tile's left edge. */
    public double imageX(TileKey key) {
        return (double) key.column() * tileSize * subsampling(key.level());
    }

    /** Image y of the tile's top edge. */
    public double imageY(TileKey key) {
        return (double) key.row() * tileSize * subsampling(key.level());
    }

    /** First image row of a band and how many image rows it spans (clipped to the image). */
    public int bandImageY(TileKey.BandKey band) {
        return band.row() * tileSize * subsampling(band.level());
    }

    public int bandImageRows(TileKey.BandKey band) {
        return Math.min(tileSize * subsampling(band.level()), height - bandImageY(band));
    }

    /** Tiles of a level that intersect the image rectangle [x0, x1) × [y0, y1), row by row. */
    public List<TileKey> tilesIn(int level, double x0, double y0, double x1, double y1) {
        List<TileKey> keys = new ArrayList<>();
        double span = (double) tileSize * subsampling(level);
        int c0 = Math.max(0, (int) Math.floor(x0 / span));
        int r0 = Math.max(0, (int) Math.floor(y0 / span));
        int c1 = Math.min(columns(level) - 1, (int) Math.ceil(x1 / span) - 1);
        int r1 = Math.min(rows(level) - 1, (int) Math.ceil(y1 / span) - 1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                keys.add(new TileKey(level, c, r));
            }
        }
        return keys;
    }

    /** The tile of a coarser level that covers the given tile's top-left corner. */
    public TileKey parent(TileKey key, int coarserLevel) {
        int shift = coarserLevel - key.level();
        if (shift < 0 || coarserLevel > maxLevel) {
            throw new IllegalArgumentException("tile grid: level " + coarserLevel + " is not coarser than " + key);
        }
        return new TileKey(coarserLevel, key.column() >> shift, key.row() >> shift);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
