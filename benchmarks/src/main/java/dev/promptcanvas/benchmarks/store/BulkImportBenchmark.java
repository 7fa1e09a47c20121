package dev.promptcanvas.benchmarks.store;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.ImportDataset;
import dev.promptcanvas.annotations.store.ImportReport;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Importing a dataset of 1,000 images x 100 annotations into an empty project: one transaction, one undo step. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class BulkImportBenchmark {

    @Param("1000")
    int images;

    @Param("100")
    int perImage;

    private Dataset dataset;
    private Path dir;

    @Setup(Level.Trial)
    public void makeDataset() {
        List<ImageRecord> records = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        for (int c = 1; c <= 20; c++) {
            categories.add(new Category(c, "label" + c, null, null, null));
        }
        Random random = new Random(3);
        for (int i = 1; i <= images; i++) {
            records.add(new ImageRecord(i, "images/" + i + ".jpg", 1280, 720, ""));
            for (int k = 0; k < perImage; k++) {
                annotations.add(Annotation.of(i, 1 + random.nextInt(20), StoreFixture.shape(random, k))
                        .withId(annotations.size() + 1));
            }
        }
        dataset = Dataset.of(records, categories, annotations);
    }

    @Setup(Level.Iteration)
    public void emptyProject() throws IOException, StoreException {
        dir = Files.createTempDirectory("promptcanvas-import-");
        ProjectStore.create(dir).close();
    }

    @TearDown(Level.Iteration)
    public void deleteProject() {
        StoreFixture.delete(dir);
    }

    @Benchmark
    public ImportReport importDataset() throws StoreException {
        try (ProjectStore store = ProjectStore.open(dir)) {
            return store.apply(new ImportDataset(dataset, "Import benchmark"));
        }
    }
}
