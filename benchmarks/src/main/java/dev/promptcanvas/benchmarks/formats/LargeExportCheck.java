package dev.promptcanvas.benchmarks.formats;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.FormatRegistry;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.export.DatasetExporter;
import dev.promptcanvas.annotations.formats.export.ExportPlan;
import dev.promptcanvas.annotations.formats.export.ExportReport;
import dev.promptcanvas.annotations.store.ProjectExportSource;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.benchmarks.store.StoreFixture;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that exports stream with bounded memory: builds (or reuses) a project of IMAGES images x PER_IMAGE
 * annotations, then exports it in each named format and prints wall time and the peak heap in use. Run it with the
 * heap limit under test, e.g.
 * {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.promptcanvas.benchmarks.formats.LargeExportCheck
 * 100000 10 /tmp/big coco,labelme,yolo}. Exit status 1 when an export fails (an OutOfMemoryError included).
 */
public final class LargeExportCheck {

    private LargeExportCheck() {
    }

    public static void main(String[] args) throws Exception {
        int images = Integer.parseInt(args[0]);
        int perImage = Integer.parseInt(args[1]);
        Path output = Path.of(args[2]);
        List<String> formats = Arrays.asList(args[3].split(","));
        Path project = output.resolve("project");
        if (!Files.exists(project.resolve(ProjectStore.DB_FILE))) {
            Path built = StoreFixture.build(images, perImage);
            Files.createDirectories(output);
            Files.move(built, project);
        }
        System.out.printf("heap limit %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        ProjectStore.open(project).close(); // upgrades a project made by an older schema
        try (ProjectStore store = ProjectStore.openReadOnly(project)) {
            for (String name : formats) {
                DatasetFormat format = FormatRegistry.find(name).orElseThrow(
                        () -> new IllegalArgumentException("unknown format " + name));
                resetPeaks();
                long started = System.nanoTime();
                Path out = output.resolve("out-" + name + (format.writesFolder() ? "" : ".out"));
                ExportReport report = DatasetExporter.export(new ProjectExportSource(store),
                        new ExportPlan(format, out, WriteOptions.defaults(project), null, null, true, null), null);
                System.out.printf("%-10s %,d images, %,d annotations in %.1f s, peak heap %d MB%n", name,
                        report.images(), report.annotations(), (System.nanoTime() - started) / 1e9, peakHeapMb());
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
