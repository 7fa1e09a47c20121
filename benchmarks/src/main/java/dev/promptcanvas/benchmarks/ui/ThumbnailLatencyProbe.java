package dev.promptcanvas.benchmarks.ui;

import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.ui.thumbnails.ThumbnailCache;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.application.Platform;
import javax.imageio.ImageIO;

/**
 * Is the FX thread ever blocked while thumbnails are made? Posts a {@code Platform.runLater} probe every 10 ms and
 * records how late each one runs, while a {@link ThumbnailCache} makes thumbnails of N generated 1024 × 768 JPEGs
 * (default 1,000), all requested at once; then again with a fresh cache that reads them from disk. Budget: worst
 * probe latency 50 ms. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.promptcanvas.benchmarks.ui.ThumbnailLatencyProbe [N]}.
 */
public final class ThumbnailLatencyProbe {

    private ThumbnailLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Fx.useHeadlessProperties();
        Fx.start();
        List<Path> files = images(n);
        List<ImageRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(new ImageRecord(i + 1, files.get(i).getFileName().toString(), 1024, 768, ""));
        }
        Path project = Files.createTempDirectory("pc-thumbnail-probe");
        try {
            run("made", project, records, files);
            run("from disk", project, records, files);
        } finally {
            try (Stream<Path> walk = Files.walk(project)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void run(String label, Path project, List<ImageRecord> records, List<Path> files)
            throws Exception {
        int n = records.size();
        Latencies probe = new Latencies();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timer.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> probe.add((System.nanoTime() - posted) / 1e6));
        }, 0, 10, TimeUnit.MILLISECONDS);
        Thread.sleep(300);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        int workers = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));
        try (ThumbnailCache cache = new ThumbnailCache(project, ThumbnailCache.DEFAULT_SIZE, workers, n, n)) {
            Fx.call(() -> {
                for (int i = 0; i < n; i++) {
                    cache.get(records.get(i), files.get(i), img -> done.incrementAndGet());
                }
                return null;
            });
            while (done.get() < n) {
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
                    throw new IllegalStateException("only " + done.get() + " of " + n + " thumbnails after 10 min; "
                            + cache.lastError().orElse("no error"));
                }
                Thread.sleep(20);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(100);
        timer.shutdownNow();
        System.out.printf(Locale.ROOT, "%s: %d thumbnails in %.1f s (%.0f/s); FX probe latency %s%n", label, n,
                seconds, n / seconds, probe.summary());
    }

    private static List<Path> images(int n) throws IOException {
        Path dir = BenchImages.FOLDER.resolve("thumbs-1024x768");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        byte[] row = new byte[1024 * 3];
        for (int i = 0; i < n; i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "img_%05d.jpg", i));
            if (!Files.isRegularFile(file)) {
                BufferedImage img = new BufferedImage(1024, 768, BufferedImage.TYPE_INT_RGB);
                SplittableRandom random = new SplittableRandom(i);
                for (int y = 0; y < 768; y++) {
                    BenchImages.rgbRow(row, y + i * 37, 1024, random);
                    for (int x = 0; x < 1024; x++) {
                        img.setRGB(x, y, (row[3 * x] & 0xFF) << 16 | (row[3 * x + 1] & 0xFF) << 8
                                | (row[3 * x + 2] & 0xFF));
                    }
                }
                ImageIO.write(img, "jpg", file.toFile());
            }
            files.add(file);
        }
        return files;
    }
}
