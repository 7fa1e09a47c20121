package dev.promptcanvas.benchmarks.ui;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time the whole JVM spends (FX thread, Prism's render thread, GC, JIT), reported next to the wall-clock score:
 * on a machine shared with other work the wall time includes waiting for a core, the CPU time does not. JMH sums
 * both counters over the iterations, so the CPU time per operation is {@code cpuMs / ops}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounters {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public double cpuMs;
    public long ops;
    private long startCpu;

    @Setup(Level.Iteration)
    public void reset() {
        cpuMs = 0;
        ops = 0;
        startCpu = OS.getProcessCpuTime();
    }

    /** Call once per operation, after it. */
    void countOp() {
        ops++;
        cpuMs = (OS.getProcessCpuTime() - startCpu) / 1e6;
    }
}
