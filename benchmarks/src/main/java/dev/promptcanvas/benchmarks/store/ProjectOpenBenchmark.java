package dev.promptcanvas.benchmarks.store;

import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import java.nio.file.Path;
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
 * Opening a project of 1,000,000 annotations, reading its counts and one image's annotations, and closing it.
 * Budget: open in 1 s or less (open reads no annotations; counts come from maintained counters).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class ProjectOpenBenchmark {

    @Param("10000")
    int images;

    @Param("100")
    int perImage;

    private Path dir;
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup(Level.Trial)
    public void buildFixture() throws StoreException {
        dir = StoreFixture.build(images, perImage);
    }

    @TearDown(Level.Trial)
    public void deleteFixture() {
        StoreFixture.delete(dir);
    }

    @Benchmark
    public long openCountReadOneImageClose() throws StoreException {
        try (ProjectStore store = ProjectStore.open(dir)) {
            long annotations = store.counts().annotations();
            return annotations + store.annotations(1 + random.nextInt(images)).size();
        }
    }
}
