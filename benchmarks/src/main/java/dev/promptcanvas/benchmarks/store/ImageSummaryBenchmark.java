package dev.promptcanvas.benchmarks.store;

import dev.promptcanvas.annotations.store.ImageSummary;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.SetImageDone;
import dev.promptcanvas.annotations.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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

/**
 * The image browser's reads on a project of 1,000,000 annotations: every image's summary (budget: 1 s or less),
 * one image's summary, and the annotation count per category. Defaults to the browser's worst case, 100,000 images
 * with 10 annotations each; {@code -p images=10000 -p perImage=100} gives the other benchmarks' fixture. One image
 * in ten is marked done.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class ImageSummaryBenchmark {

    @Param("100000")
    int images;

    @Param("10")
    int perImage;

    private Path dir;
    private ProjectStore store;
    private final SplittableRandom random = new SplittableRandom(5);

    @Setup(Level.Trial)
    public void open() throws StoreException {
        dir = StoreFixture.build(images, perImage);
        store = ProjectStore.open(dir);
        List<Long> done = new ArrayList<>();
        for (long id = 1; id <= images; id += 10) {
            done.add(id);
        }
        store.apply(new SetImageDone(done, true));
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
        StoreFixture.delete(dir);
    }

    @Benchmark
    public List<ImageSummary> allImageSummaries() {
        return store.imageSummaries();
    }

    @Benchmark
    public ImageSummary oneImageSummary() {
        return store.imageSummary(1 + random.nextInt(images)).orElseThrow();
    }

    @Benchmark
    public Map<Long, Long> categoryCounts() {
        return store.categoryCounts();
    }
}
