package dev.promptcanvas.benchmarks.mask;

import dev.promptcanvas.annotations.mask.Rle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * COCO RLE encode and decode over the masks written by {@code benchmarks/scripts/pycocotools_rle_bench.py}
 * (default: 200 masks of 1024×1024 with a few blobs each), one op = all masks; Mpx/s = masks·h·w / time.
 *
 * <p>{@code encode}/{@code decode} match what pycocotools' {@code mask.encode}/{@code mask.decode} do (bytes ↔
 * compressed string); the {@code *Runs} variants leave the string out. Run {@code benchmarks/scripts/run-rle-bench.sh}
 * to get both sides side by side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RleBenchmark {

    /** The masks file (header "PCRLE1 count height width", then one compressed string per line). */
    @Param("target/rle-bench/masks.txt")
    public String data;

    private int height;
    private int width;
    private String[] strings;
    private Rle[] rles;
    private byte[][] masks;

    @Setup
    public void load() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(data), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Path.of(data).toAbsolutePath()
                    + "; run benchmarks/scripts/pycocotools_rle_bench.py first (or -p data=FILE)", e);
        }
        String[] header = lines.get(0).split(" ");
        if (!header[0].equals("PCRLE1") || lines.size() != Integer.parseInt(header[1]) + 1) {
            throw new IllegalStateException(data + ": header must be 'PCRLE1 count height width' then count lines");
        }
        height = Integer.parseInt(header[2]);
        width = Integer.parseInt(header[3]);
        int count = lines.size() - 1;
        strings = new String[count];
        rles = new Rle[count];
        masks = new byte[count][];
        for (int i = 0; i < count; i++) {
            strings[i] = lines.get(i + 1);
            rles[i] = Rle.fromString(strings[i], height, width);
            masks[i] = rles[i].toColumnMajor();
            if (!Rle.encodeColumnMajor(masks[i], height, width).toCompressedString().equals(strings[i])) {
                throw new IllegalStateException(data + ": mask " + i + " does not round-trip");
            }
        }
    }

    /** Column-major bytes → compressed string, as pycocotools' mask.encode. */
    @Benchmark
    public void encode(Blackhole bh) {
        for (byte[] m : masks) {
            bh.consume(Rle.encodeColumnMajor(m, height, width).toCompressedString());
        }
    }

    /** Compressed string → column-major bytes, as pycocotools' mask.decode. */
    @Benchmark
    public void decode(Blackhole bh) {
        for (String s : strings) {
            bh.consume(Rle.fromString(s, height, width).toColumnMajor());
        }
    }

    /** Column-major bytes → run lengths only. */
    @Benchmark
    public void encodeRuns(Blackhole bh) {
        for (byte[] m : masks) {
            bh.consume(Rle.encodeColumnMajor(m, height, width));
        }
    }

    /** Run lengths → column-major bytes only. */
    @Benchmark
    public void decodeRuns(Blackhole bh) {
        for (Rle r : rles) {
            bh.consume(r.toColumnMajor());
        }
    }
}
