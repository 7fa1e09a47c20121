package dev.promptcanvas.benchmarks.segment;

import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.inference.segment.EmbeddingCache;
import dev.promptcanvas.inference.segment.ImageEmbedding;
import dev.promptcanvas.inference.segment.Sam2OnnxSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Process memory (RSS from /proc/self/status) with the SAM2.1-tiny-shaped model loaded and 10 embeddings in the
 * memory cache, after one click on each. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.promptcanvas.benchmarks.segment.Sam2MemoryProbe}.
 */
public final class Sam2MemoryProbe {

    private Sam2MemoryProbe() {
    }

    public static void main(String[] args) throws IOException {
        report("JVM started");
        EmbeddingCache cache = new EmbeddingCache(EmbeddingCache.DEFAULT_MEMORY_BYTES, null, true);
        try (Sam2OnnxSegmenter sam = Sam2Bench.open()) {
            report("model loaded");
            for (int i = 0; i < 10; i++) {
                ImageEmbedding e = sam.encode(Sam2Bench.frame(i), "frame" + i);
                cache.put(e, true);
                sam.decode(e, List.of(new PointPrompt(960, 540, true)), null);
            }
            System.gc();
            report("10 embeddings cached (" + cache.stats().memoryEntries() + " entries, "
                    + cache.stats().memoryBytes() / (1 << 20) + " MiB of features)");
            for (int i = 0; i < 10; i++) {
                ImageEmbedding e = cache.get(sam.modelId(), "frame" + i).orElseThrow();
                sam.decode(e, List.of(new PointPrompt(100 + 10 * i, 540, true)), null);
            }
            report("after a click on each cached embedding");
        }
    }

    private static void report(String when) throws IOException {
        long rss = 0;
        long hwm = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                hwm = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%-60s RSS %7.1f MiB  peak %7.1f MiB  heap used %6.1f / committed %6.1f MiB%n",
                when, rss / 1024.0, hwm / 1024.0, (rt.totalMemory() - rt.freeMemory()) / 1048576.0,
                rt.totalMemory() / 1048576.0);
    }
}
