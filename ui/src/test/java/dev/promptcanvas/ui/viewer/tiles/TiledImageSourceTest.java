package dev.promptcanvas.ui.viewer.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TiledImageSourceTest {

    @TempDir
    static Path dir;
    private static SampleImage sample;
    private static Path file;

    /** Runs what it is given only when asked to, so a test controls when decoding happens. */
    private static final class ManualExecutor implements Executor {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        sample = new SampleImage(2600, 1300, 2, 8, 5);
        file = sample.writeTo(dir.resolve("big.png"));
    }

    @Test
    void theThresholdIsSixteenMegapixelsOrASideOver8192() {
        assertThat(TiledImageSource.needsTiles(4096, 4096)).isFalse();
        assertThat(TiledImageSource.needsTiles(4097, 4096)).isTrue();
        assertThat(TiledImageSource.needsTiles(8192, 2000)).isFalse();
        assertThat(TiledImageSource.needsTiles(9000, 100)).isTrue();
        assertThat(TiledImageSource.needsTiles(10_000, 10_000)).isTrue();
    }

    @Test
    void theOverviewIsTheImageSubsampledToAtMost2048Pixels() throws Exception {
        try (TiledImageSource source = TiledImageSource.open(file)) {
            assertThat(source.width()).isEqualTo(2600);
            assertThat(source.overviewStep()).isEqualTo(2);
            Image overview = source.overview();
            assertThat(overview.getWidth()).isEqualTo(1300);
            assertThat(overview.getHeight()).isEqualTo(650);
            assertPixels(overview, 0, 0, 2);
        }
    }

    @Test
    void requestedTilesArriveWithThePixelsOfTheirLevel() throws Exception {
        try (TiledImageSource source = TiledImageSource.open(file)) {
            TileKey fine = new TileKey(0, 5, 1);
            TileKey coarse = new TileKey(1, 1, 0);
            source.request(List.of(fine));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> source.cachedTile(fine) != null);
            source.request(List.of(coarse));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> source.cachedTile(coarse) != null);
            Image tile = source.cachedTile(fine);
            assertThat(tile.getWidth()).isEqualTo(2600 - 5 * 512);
            assertThat(tile.getHeight()).isEqualTo(512);
            assertPixels(tile, 5 * 512, 512, 1);
            assertPixels(source.cachedTile(coarse), 512 * 2, 0, 2);
            assertThat(source.cachedTile(new TileKey(0, 0, 1))).as("the whole band is decoded at once").isNotNull();
            assertThat(source.cachedTile(new TileKey(0, 0, 2))).isNull();
            TileKey last = new TileKey(0, 0, 2);
            source.request(List.of(last));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> source.cachedTile(last) != null);
            assertThat(source.cachedTile(last).getHeight()).isEqualTo(1300 - 2 * 512);
            assertPixels(source.cachedTile(last), 0, 1024, 1);
            assertThat(source.cachedTile(new TileKey(0, 0, 0))).isNull();
        }
    }

    @Test
    void aNewRequestReplacesTilesNoLongerWanted() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        try (TiledImageSource source = TiledImageSource.open(file, null, executor, 64L << 20)) {
            source.request(List.of(new TileKey(0, 0, 0), new TileKey(0, 0, 1), new TileKey(0, 0, 2)));
            source.request(List.of(new TileKey(0, 1, 1)));
            executor.runAll();
            assertThat(source.cachedTile(new TileKey(0, 1, 1))).isNotNull();
            assertThat(source.cachedTile(new TileKey(0, 0, 0))).isNull();
            assertThat(source.cachedTile(new TileKey(0, 0, 2))).isNull();
        }
    }

    @Test
    void theCacheKeepsToItsBudgetAndCloseEmptiesIt() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        long budget = 3L * 512 * 512 * 4;
        TiledImageSource source = TiledImageSource.open(file, null, executor, budget);
        source.request(List.of(new TileKey(0, 0, 0)));
        executor.runAll();
        assertThat(source.cachedBytes()).isLessThanOrEqualTo(budget).isPositive();
        assertThat(source.cachedTile(new TileKey(0, 4, 0))).as("the newest tile survives").isNotNull();
        source.close();
        executor.runAll();
        assertThat(source.cachedTile(new TileKey(0, 4, 0))).isNull();
        source.request(List.of(new TileKey(0, 0, 1)));
        assertThat(executor.queue).isEmpty();
    }

    @Test
    void theOverviewIsKeptOnDiskAndReadFromThereNextTime() throws Exception {
        Path folder = dir.resolve("overviews");
        ManualExecutor executor = new ManualExecutor();
        try (TiledImageSource first = TiledImageSource.open(file, folder, executor, 1 << 20)) {
            assertThat(folder).doesNotExist();
            executor.runAll();
        }
        executor.runAll();
        Path cached;
        try (var listing = Files.list(folder)) {
            cached = listing.filter(p -> p.toString().endsWith("-1300x650.png")).findFirst().orElseThrow();
        }
        java.awt.image.BufferedImage marked = javax.imageio.ImageIO.read(cached.toFile());
        assertThat(marked.getRGB(10, 10) & 0xFFFFFF).isEqualTo(sample.expected(20, 20) & 0xFFFFFF);
        marked.setRGB(10, 10, 0x123456);
        javax.imageio.ImageIO.write(marked, "png", cached.toFile());
        try (TiledImageSource second = TiledImageSource.open(file, folder, executor, 1 << 20)) {
            assertThat(second.overview().getPixelReader().getArgb(10, 10)).as("read from the cache")
                    .isEqualTo(0xFF123456);
            assertThat(executor.queue).as("nothing to write again").isEmpty();
        }
        Files.writeString(cached, "garbage");
        try (TiledImageSource third = TiledImageSource.open(file, folder, executor, 1 << 20)) {
            assertPixels(third.overview(), 0, 0, 2);
        }
    }

    @Test
    void aCorruptFileFailsToOpenWithItsName() throws Exception {
        Path bad = dir.resolve("broken.png");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(bad, java.util.Arrays.copyOf(bytes, 2000));
        assertThatThrownBy(() -> TiledImageSource.open(bad)).hasMessageContaining("broken.png");
        Path text = dir.resolve("readme.jpg");
        Files.writeString(text, "hello");
        assertThatThrownBy(() -> TiledImageSource.open(text)).hasMessageContaining("readme.jpg");
    }

    /** Every pixel of an image whose pixel (i, j) samples image pixel (x0 + i * step, y0 + j * step). */
    private static void assertPixels(Image image, int x0, int y0, int step) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] px = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), px, 0, w);
        for (int j = 0; j < h; j += 7) {
            for (int i = 0; i < w; i += 5) {
                assertThat(px[j * w + i]).as("pixel (%d, %d)", i, j)
                        .isEqualTo(sample.expected(x0 + i * step, y0 + j * step));
            }
        }
    }
}
