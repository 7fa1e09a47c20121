package dev.promptcanvas.ui.thumbnails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ThumbnailCacheTest {

    @TempDir
    Path project;

    /** Runs what it is given only when asked to. */
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
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Left half red, right half blue. */
    static Path writeImage(Path file, int w, int h, String format) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, x < w / 2 ? 0xFF0000 : 0x0000FF);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(img, format, file.toFile());
        return file;
    }

    private Image await(ThumbnailCache cache, ImageRecord record, Path file) throws Exception {
        CompletableFuture<Image> done = new CompletableFuture<>();
        Image now = WaitForAsyncUtils.asyncFx(() -> cache.get(record, file, done::complete)).get(10, TimeUnit.SECONDS);
        return now != null ? now : done.get(20, TimeUnit.SECONDS);
    }

    @Test
    void aThumbnailKeepsTheAspectAndContentAndLandsOnDisk() throws Exception {
        Path file = writeImage(project.resolve("img/wide.png"), 800, 400, "png");
        ImageRecord record = new ImageRecord(1, "img/wide.png", 800, 400, "");
        try (ThumbnailCache cache = new ThumbnailCache(project, 128)) {
            Image thumb = await(cache, record, file);
            assertThat(thumb.getWidth()).isEqualTo(128);
            assertThat(thumb.getHeight()).isEqualTo(64);
            assertThat(thumb.getPixelReader().getColor(10, 30)).isEqualTo(Color.rgb(255, 0, 0));
            assertThat(thumb.getPixelReader().getColor(120, 30)).isEqualTo(Color.rgb(0, 0, 255));
            assertThat(WaitForAsyncUtils.asyncFx(() -> cache.get(record, file, i -> { })).get())
                    .as("now in memory").isSameAs(thumb);
            try (var listing = Files.list(cache.folder())) {
                List<Path> files = listing.toList();
                assertThat(files).hasSize(1);
                assertThat(files.get(0).getFileName().toString()).startsWith("p").endsWith("-128.png");
                assertThat(ImageIO.read(files.get(0).toFile()).getWidth()).isEqualTo(128);
            }
        }
        assertThat(project.resolve(".promptcanvas/thumbnails")).isDirectory();
    }

    @Test
    void aContentHashNamesTheFileAndASecondSessionReadsItFromDisk() throws Exception {
        Path file = writeImage(project.resolve("a.jpg"), 300, 600, "jpg");
        String hash = "ab".repeat(32);
        ImageRecord record = new ImageRecord(1, "a.jpg", 300, 600, hash);
        try (ThumbnailCache cache = new ThumbnailCache(project, 96)) {
            assertThat(await(cache, record, file).getHeight()).isEqualTo(96);
        }
        Path cached = project.resolve(".promptcanvas/thumbnails/" + hash + "-96.png");
        assertThat(cached).isRegularFile();
        Files.delete(file);
        try (ThumbnailCache cache = new ThumbnailCache(project, 96)) {
            Image again = await(cache, record, file);
            assertThat(again.getWidth()).isEqualTo(48);
            assertThat(cache.lastError()).isEmpty();
        }
    }

    @Test
    void aCorruptCacheFileIsIgnoredAndRebuilt() throws Exception {
        Path file = writeImage(project.resolve("c.png"), 200, 100, "png");
        String hash = "cd".repeat(32);
        ImageRecord record = new ImageRecord(1, "c.png", 200, 100, hash);
        Path cached = project.resolve(".promptcanvas/thumbnails/" + hash + "-64.png");
        Files.createDirectories(cached.getParent());
        Files.write(cached, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        try (ThumbnailCache cache = new ThumbnailCache(project, 64)) {
            Image thumb = await(cache, record, file);
            assertThat(thumb.getWidth()).isEqualTo(64);
        }
        BufferedImage rebuilt = ImageIO.read(cached.toFile());
        assertThat(rebuilt.getWidth()).isEqualTo(64);
        assertThat(rebuilt.getHeight()).isEqualTo(32);
        try (var listing = Files.list(cached.getParent())) {
            assertThat(listing.toList()).as("no temporary files left").containsExactly(cached);
        }
    }

    @Test
    void requestsScrolledAwayAreDroppedAndCancelledOnesSkipped() throws Exception {
        List<ImageRecord> records = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            paths.add(writeImage(project.resolve("s" + i + ".png"), 40, 40, "png"));
            records.add(new ImageRecord(i + 1, "s" + i + ".png", 40, 40, ""));
        }
        ManualExecutor executor = new ManualExecutor();
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        try (ThumbnailCache cache = new ThumbnailCache(project, 32, 1, 3, 100, executor)) {
            WaitForAsyncUtils.asyncFx(() -> {
                for (int i = 0; i < 5; i++) {
                    String name = records.get(i).path();
                    cache.get(records.get(i), paths.get(i), img -> delivered.add(name));
                }
                cache.cancel(records.get(3));
            }).get();
            assertThat(cache.pendingCount()).isEqualTo(2);
            executor.runAll();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(delivered).containsExactly("s4.png", "s2.png");
        }
    }

    @Test
    void anUnreadableImageIsReportedWithItsName() throws Exception {
        Path file = project.resolve("broken.png");
        Files.writeString(file, "no pixels here");
        ManualExecutor executor = new ManualExecutor();
        try (ThumbnailCache cache = new ThumbnailCache(project, 32, 1, 8, 10, executor)) {
            ImageRecord record = new ImageRecord(1, "broken.png", 10, 10, "");
            WaitForAsyncUtils.asyncFx(() -> cache.get(record, file, img -> { })).get();
            executor.runAll();
            assertThat(cache.lastError()).hasValueSatisfying(m -> assertThat(m).contains("broken.png"));
        }
    }

    @Test
    void theFxThreadKeepsRunningWhileHundredsOfThumbnailsAreMade() throws Exception {
        int n = 150;
        List<ImageRecord> records = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paths.add(writeImage(project.resolve("many/" + i + ".jpg"), 640, 480, "jpg"));
            records.add(new ImageRecord(i + 1, "many/" + i + ".jpg", 640, 480, ""));
        }
        AtomicLong worstNanos = new AtomicLong();
        AtomicLong lastPulse = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        AnimationTimer probe = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                pulses.incrementAndGet();
                long before = lastPulse.getAndSet(t);
                if (before != 0) {
                    worstNanos.accumulateAndGet(t - before, Math::max);
                }
            }
        };
        List<Image> done = Collections.synchronizedList(new ArrayList<>());
        try (ThumbnailCache cache = new ThumbnailCache(project, 64, 2, n, n)) {
            WaitForAsyncUtils.asyncFx(() -> {
                probe.start();
                for (int i = 0; i < n; i++) {
                    cache.get(records.get(i), paths.get(i), done::add);
                }
            }).get();
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> done.size() == n);
            Platform.runLater(probe::stop);
        }
        // A pulse every 16.7 ms; one slower than 250 ms means the FX thread was held up, not merely scheduled late.
        assertThat(pulses.get()).as("pulses seen while working").isGreaterThan(5);
        assertThat(worstNanos.get() / 1e6).as("worst gap between pulses, ms").isLessThan(250);
    }
}
