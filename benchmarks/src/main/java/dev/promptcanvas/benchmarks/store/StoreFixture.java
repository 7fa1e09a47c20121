package dev.promptcanvas.benchmarks.store;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.store.AddAnnotations;
import dev.promptcanvas.annotations.store.AddCategory;
import dev.promptcanvas.annotations.store.AddImages;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds a large project for the store benchmarks: {@code images} images of 1280x720 with {@code perImage}
 * annotations each (boxes and 8-vertex polygons alternating, 20 labels, every third one a model suggestion), added
 * in batches of 100,000 through {@link AddAnnotations} (each batch one transaction and one undo step).
 */
public final class StoreFixture {

    /** The default size: 10,000 images x 100 annotations = 1,000,000 annotations. */
    public static final int IMAGES = 10_000;
    public static final int PER_IMAGE = 100;

    private static final int BATCH = 100_000;

    private StoreFixture() {
    }

    /** Creates the project in a new temporary folder; prints how long the bulk insert took. */
    public static Path build(int images, int perImage) throws StoreException {
        Path dir;
        try {
            dir = Files.createTempDirectory("promptcanvas-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        try (ProjectStore store = ProjectStore.create(dir)) {
            List<ImageRecord> records = new ArrayList<>(images);
            for (int i = 0; i < images; i++) {
                records.add(new ImageRecord(0, "images/" + i + ".jpg", 1280, 720, ""));
            }
            List<ImageRecord> stored = store.apply(new AddImages(records));
            List<Long> labels = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                labels.add(store.apply(new AddCategory(Category.named("label" + c))).id());
            }
            Random random = new Random(42);
            List<Annotation> batch = new ArrayList<>(BATCH);
            for (ImageRecord image : stored) {
                for (int k = 0; k < perImage; k++) {
                    Annotation a = Annotation.of(image.id(), labels.get(random.nextInt(labels.size())),
                            shape(random, k));
                    batch.add(k % 3 == 2 ? modelMade(a, random) : a);
                    if (batch.size() == BATCH) {
                        store.apply(new AddAnnotations(batch));
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                store.apply(new AddAnnotations(batch));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fixture: %d images x %d annotations built in %.1f s (%.0f annotations/s), %.0f MB%n",
                images, perImage, seconds, images * (double) perImage / seconds, sizeMb(dir));
        return dir;
    }

    /** The annotation as a model suggestion with a score (a third of the fixture's annotations). */
    static Annotation modelMade(Annotation a, Random random) {
        return new Annotation(0, a.imageId(), a.categoryId(), a.geometry(), random.nextDouble(),
                Source.model("sam2.1-tiny", "1"), Review.SUGGESTED, false, Map.of(), null, null);
    }

    /** A random box (even k) or 8-vertex polygon (odd k) inside a 1280x720 image. */
    static Geometry shape(Random random, int k) {
        double x = random.nextDouble() * 1100;
        double y = random.nextDouble() * 560;
        double w = 10 + random.nextDouble() * 150;
        double h = 10 + random.nextDouble() * 150;
        if (k % 2 == 0) {
            return new Box(x, y, x + w, y + h);
        }
        double[] xy = new double[16];
        for (int i = 0; i < 8; i++) {
            double t = Math.PI * 2 * i / 8;
            xy[2 * i] = Math.round((x + w / 2 + Math.cos(t) * w / 2) * 10) / 10.0;
            xy[2 * i + 1] = Math.round((y + h / 2 + Math.sin(t) * h / 2) * 10) / 10.0;
        }
        return Polygon.of(xy);
    }

    public static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double sizeMb(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum() / 1e6;
        } catch (IOException e) {
            return -1;
        }
    }
}
