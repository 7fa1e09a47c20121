package dev.promptcanvas.benchmarks.ui;

import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.ui.thumbnails.ThumbnailCache;
import dev.promptcanvas.ui.thumbnails.ThumbnailSlot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;

/**
 * Scrolls a ListView of 100,000 image records for 600 pulses (60 px per pulse, and a jump to a random row every
 * 120 pulses) and reports the time between pulses and the CSS + layout time of each pulse. Two cell styles: the
 * image browser's row (status mark, name, size, annotation count, done tick; copied here because ImageBrowser
 * needs a live project session and store summaries) and the same row with a 48 px {@link ThumbnailSlot} fed from a {@link ThumbnailCache} over the
 * probe's generated JPEGs. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.promptcanvas.benchmarks.ui.ImageListScrollProbe [rows]}.
 */
public final class ImageListScrollProbe {

    private static final int FRAMES = 600;

    private ImageListScrollProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Fx.useHeadlessProperties();
        Fx.start();
        ObservableList<ImageRecord> records = FXCollections.observableArrayList();
        int[] counts = new int[rows];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < rows; i++) {
            String hash = String.format(Locale.ROOT, "%064x", i % 1000 + 1);
            records.add(new ImageRecord(i + 1, String.format(Locale.ROOT, "images/img_%06d.jpg", i),
                    640 + random.nextInt(3000), 480 + random.nextInt(2000), hash));
            counts[i] = random.nextInt(10) < 3 ? 1 + random.nextInt(40) : 0;
            if (counts[i] > 0 && random.nextInt(3) == 0) {
                counts[i] = -counts[i];
            }
        }
        System.out.println("browser row: " + scroll(records, counts, null));
        List<Path> files = new ArrayList<>();
        Path dir = BenchImages.FOLDER.resolve("thumbs-1024x768");
        for (int i = 0; i < 1000; i++) {
            files.add(dir.resolve(String.format(Locale.ROOT, "img_%05d.jpg", i)));
        }
        if (!Files.isRegularFile(files.get(999))) {
            System.out.println("thumbnail rows skipped: run ThumbnailLatencyProbe first to generate " + dir);
            System.exit(0);
        }
        Path project = Files.createTempDirectory("pc-scroll-probe");
        try (ThumbnailCache cache = new ThumbnailCache(project, 48)) {
            System.out.println("browser row + 48 px thumbnail: " + scroll(records, counts, new Thumbnails(cache, files)));
        } finally {
            try (Stream<Path> walk = Files.walk(project)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    /** Where a record's thumbnail comes from in this probe. */
    private record Thumbnails(ThumbnailCache cache, List<Path> files) {
        Path fileOf(ImageRecord r) {
            return files.get((int) ((r.id() - 1) % files.size()));
        }
    }

    private static String scroll(ObservableList<ImageRecord> records, int[] counts, Thumbnails thumbnails)
            throws Exception {
        Latencies frames = new Latencies();
        Latencies layout = new Latencies();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Stage stage = Fx.call(() -> {
            ListView<ImageRecord> list = new ListView<>(records);
            list.setCellFactory(v -> new BrowserCell(counts, thumbnails));
            Scene scene = new Scene(list, 420, 760);
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            long[] layoutStart = new long[1];
            scene.addPreLayoutPulseListener(() -> layoutStart[0] = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> layout.add((System.nanoTime() - layoutStart[0]) / 1e6));
            VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
            SplittableRandom jumps = new SplittableRandom(9);
            new AnimationTimer() {
                private long last;
                private int frame;

                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (last != 0) {
                        frames.add((t - last) / 1e6);
                    }
                    last = t;
                    if (++frame % 120 == 0) {
                        list.scrollTo(jumps.nextInt(records.size()));
                    } else {
                        flow.scrollPixels(60);
                    }
                    if (frame >= FRAMES) {
                        stop();
                        done.complete(null);
                    }
                }
            }.start();
            return s;
        });
        done.get(5, TimeUnit.MINUTES);
        Fx.call(() -> {
            stage.close();
            return null;
        });
        return "frame interval " + frames.summary() + "; CSS+layout per pulse " + layout.summary();
    }

    /**
     * ImageBrowser's row as of this writing: grey mark when unlabelled, amber in progress, green done; name, size,
     * annotation count and a tick when done (a negative count here means done).
     */
    private static final class BrowserCell extends ListCell<ImageRecord> {
        private final Circle mark = new Circle(5);
        private final int[] counts;
        private final Thumbnails thumbnails;
        private final ThumbnailSlot slot;
        private final HBox graphic;

        BrowserCell(int[] counts, Thumbnails thumbnails) {
            this.counts = counts;
            this.thumbnails = thumbnails;
            this.slot = thumbnails == null ? null : new ThumbnailSlot(thumbnails.cache());
            this.graphic = slot == null ? null : new HBox(6, mark, slot.node());
        }

        @Override
        protected void updateItem(ImageRecord img, boolean empty) {
            super.updateItem(img, empty);
            if (empty || img == null) {
                setText(null);
                setGraphic(null);
                if (slot != null) {
                    slot.show(null, null);
                }
                return;
            }
            int n = Math.abs(counts[(int) img.id() - 1]);
            boolean done = counts[(int) img.id() - 1] < 0;
            mark.setFill(done ? Color.web("#3cb44b") : n == 0 ? Color.web("#9e9e9e") : Color.web("#f0ad4e"));
            if (slot != null) {
                slot.show(img, thumbnails.fileOf(img));
                setGraphic(graphic);
            } else {
                setGraphic(mark);
            }
            setText(img.fileName() + "   " + img.width() + "×" + img.height() + (n == 0 ? "" : "   · " + n)
                    + (done ? "  ✓" : ""));
        }
    }
}
