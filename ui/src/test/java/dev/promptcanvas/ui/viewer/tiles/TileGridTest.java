package dev.promptcanvas.ui.viewer.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TileGridTest {

    @Test
    void levelsHalveUntilOneTileHoldsTheImage() {
        TileGrid grid = new TileGrid(10_000, 6_000, 512);
        assertThat(grid.maxLevel()).isEqualTo(5);
        assertThat(grid.levelWidth(5)).isEqualTo(313);
        assertThat(grid.columns(0)).isEqualTo(20);
        assertThat(grid.rows(0)).isEqualTo(12);
        assertThat(grid.tileWidth(new TileKey(0, 19, 0))).isEqualTo(10_000 - 19 * 512);
    }

    @Test
    void theLevelForAScaleIsNeverCoarserThanTheScreen() {
        TileGrid grid = new TileGrid(40_000, 40_000, 512);
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            double scale = Math.exp(random.nextDouble() * 8 - 7);
            int level = grid.levelFor(scale);
            assertThat(TileGrid.subsampling(level)).isLessThanOrEqualTo((int) Math.max(1, Math.floor(1 / scale)));
            if (level < grid.maxLevel() && scale < 1) {
                assertThat((double) TileGrid.subsampling(level + 1)).as("scale %s", scale).isGreaterThan(1 / scale - 1e-9);
            }
        }
        assertThat(grid.levelFor(1)).isZero();
        assertThat(grid.levelFor(4)).isZero();
        assertThat(grid.levelFor(0.5)).isEqualTo(1);
    }

    @Test
    void tilesInARectangleCoverEachOfItsPointsExactlyOnce() {
        Random random = new Random(2);
        for (int trial = 0; trial < 200; trial++) {
            int w = 1 + random.nextInt(9000);
            int h = 1 + random.nextInt(9000);
            TileGrid grid = new TileGrid(w, h, 256);
            int level = random.nextInt(grid.maxLevel() + 1);
            double x0 = random.nextDouble() * w;
            double y0 = random.nextDouble() * h;
            double x1 = x0 + random.nextDouble() * (w - x0) + 1e-3;
            double y1 = y0 + random.nextDouble() * (h - y0) + 1e-3;
            List<TileKey> keys = grid.tilesIn(level, x0, y0, x1, y1);
            assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
            for (int p = 0; p < 50; p++) {
                double px = x0 + random.nextDouble() * (Math.min(x1, w) - x0);
                double py = y0 + random.nextDouble() * (Math.min(y1, h) - y0);
                long covering = keys.stream().filter(k -> covers(grid, k, px, py)).count();
                assertThat(covering).as("point (%s, %s) level %d", px, py, level).isEqualTo(1);
            }
        }
    }

    @Test
    void aParentTileContainsItsChild() {
        TileGrid grid = new TileGrid(7_000, 5_000, 512);
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            int level = random.nextInt(grid.maxLevel());
            TileKey child = new TileKey(level, random.nextInt(grid.columns(level)), random.nextInt(grid.rows(level)));
            int coarser = level + 1 + random.nextInt(grid.maxLevel() - level);
            TileKey parent = grid.parent(child, coarser);
            Set<TileKey> around = new HashSet<>(grid.tilesIn(coarser, grid.imageX(child), grid.imageY(child),
                    grid.imageX(child) + 1, grid.imageY(child) + 1));
            assertThat(around).containsExactly(parent);
            assertThat(covers(grid, parent, grid.imageX(child) + grid.tileWidth(child) * TileGrid.subsampling(level)
                    - 0.5, grid.imageY(child) + grid.tileHeight(child) * TileGrid.subsampling(level) - 0.5)).isTrue();
        }
    }

    private static boolean covers(TileGrid grid, TileKey k, double x, double y) {
        double span = (double) grid.tileSize() * TileGrid.subsampling(k.level());
        return x >= grid.imageX(k) && x < grid.imageX(k) + span && y >= grid.imageY(k) && y < grid.imageY(k) + span;
    }
}
