package dev.promptcanvas.ui.viewer.tiles;

/**
 * One tile of a pyramid: at {@code level} the image is subsampled by 2^level, and the tile is the
 * ({@code column}, {@code row})-th square of {@link TileGrid#tileSize()} pixels of that level.
 */
public record TileKey(int level, int column, int row) {

    public TileKey {
        if (level < 0 || column < 0 || row < 0) {
            throw new IllegalArgumentException("tile key: level, column and row must be >= 0, got " + level + "/"
                    + column + "/" + row);
        }
    }

    /** The horizontal band of tiles this tile belongs to (bands are decoded in one pass). */
    public BandKey band() {
        return new BandKey(level, row);
    }

    /** One row of tiles of one level; the unit of decoding, since most formats decode row by row. */
    public record BandKey(int level, int row) {
    }
}
