package dev.promptcanvas.benchmarks.formats;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.FormatRegistry;
import dev.promptcanvas.annotations.formats.ReadOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The COCO import timed by wall clock and by process CPU time (all JVM threads: parser, GC, JIT), for machines
 * where other work makes wall-clock numbers noisy; {@code coco_import_bench.py} reports pycocotools' CPU time the
 * same way. Run: {@code java -Xmx4g -cp benchmarks.jar dev.promptcanvas.benchmarks.formats.CocoImportCpuTime FILE
 * [WARMUPS] [RUNS]}.
 */
public final class CocoImportCpuTime {

    private CocoImportCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CocoImportCpuTime FILE.json [WARMUPS] [RUNS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        DatasetFormat coco = FormatRegistry.find("coco").orElseThrow();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        int annotations = 0;
        for (int i = -warmups; i < runs; i++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            annotations = coco.read(file, ReadOptions.defaults()).dataset().annotations().size();
            long t1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            if (i >= 0) {
                wall[i] = (t1 - t0) / 1e6;
                cpu[i] = (cpu1 - cpu0) / 1e6;
                System.out.printf(Locale.ROOT, "run %d: wall %.0f ms, cpu %.0f ms (%d annotations)%n", i + 1,
                        wall[i], cpu[i], annotations);
            }
        }
        System.out.printf(Locale.ROOT, "PromptCanvas coco import of %s: wall median %.0f ms, best %.0f ms;"
                + " cpu median %.0f ms, best %.0f ms over %d runs%n", file.getFileName(), median(wall), min(wall),
                median(cpu), min(cpu), runs);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }
}
