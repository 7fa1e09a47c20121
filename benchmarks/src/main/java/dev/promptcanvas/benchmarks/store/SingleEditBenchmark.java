package dev.promptcanvas.benchmarks.store;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.store.AddAnnotation;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import dev.promptcanvas.annotations.store.UpdateAnnotation;
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
 * One edit committed on a project of 1,000,000 annotations, undo logging included: each call is a whole
 * {@link ProjectStore#apply} (validation, insert or update, journal entry, history step with trimming past 1,000
 * steps, commit). Budget: p99 of 2 ms or less (read p0.99 in the SampleTime output).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class SingleEditBenchmark {

    @Param("10000")
    int images;

    @Param("100")
    int perImage;

    private Path dir;
    private ProjectStore store;
    private final SplittableRandom random = new SplittableRandom(11);

    @Setup(Level.Trial)
    public void open() throws StoreException {
        dir = StoreFixture.build(images, perImage);
        store = ProjectStore.open(dir);
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
        StoreFixture.delete(dir);
    }

    @Benchmark
    public Annotation addAnnotation() throws StoreException {
        long image = 1 + random.nextInt(images);
        double x = random.nextInt(1200);
        return store.apply(new AddAnnotation(Annotation.of(image, 1, new Box(x, 10, x + 50, 90))));
    }

    /** Moves one of the fixture's annotations (ids 1..N were added image by image). */
    @Benchmark
    public Annotation updateAnnotation() throws StoreException {
        long id = 1 + random.nextInt(images * perImage);
        long image = 1 + (id - 1) / perImage;
        double x = random.nextInt(1200);
        return store.apply(new UpdateAnnotation(Annotation.of(image, 2, new Box(x, 20, x + 40, 60)).withId(id)));
    }
}
