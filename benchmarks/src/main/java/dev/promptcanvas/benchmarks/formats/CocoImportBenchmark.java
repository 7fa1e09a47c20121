package dev.promptcanvas.benchmarks.formats;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.FormatRegistry;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Imports a COCO instances file of 100 000 instances on 5 000 images ({@link CocoBenchmarkData}) through the
 * registered {@code coco} format: the same work as pycocotools' {@code COCO(path)} (parse + index) plus
 * validation, geometry building and RLE decoding. Compare with {@code benchmarks/scripts/coco_import_bench.py} on
 * the same file: set {@code -Dcoco.bench.file=PATH} to use a given file, else one is generated (seed 2017) in a
 * temporary folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class CocoImportBenchmark {

    private Path file;
    private Path generated;
    private DatasetFormat coco;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String given = System.getProperty("coco.bench.file");
        if (given != null && !given.isBlank()) {
            file = Path.of(given);
        } else {
            generated = Files.createTempFile("coco-bench", ".json");
            CocoBenchmarkData.write(generated, CocoBenchmarkData.DEFAULT_INSTANCES, CocoBenchmarkData.DEFAULT_SEED);
            file = generated;
        }
        coco = FormatRegistry.find("coco").orElseThrow();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (generated != null) {
            Files.deleteIfExists(generated);
        }
    }

    @Benchmark
    public ReadResult importCoco() throws Exception {
        ReadResult result = coco.read(file, ReadOptions.defaults());
        if (result.dataset().annotations().isEmpty()) {
            throw new IllegalStateException("nothing imported from " + file);
        }
        return result;
    }
}
