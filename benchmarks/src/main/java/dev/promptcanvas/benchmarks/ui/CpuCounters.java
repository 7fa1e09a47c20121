package dev.promptcanvas.benchmarks.ui;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU milliseconds the whole JVM spends per operation (FX thread, Prism's render thread, GC), reported next to the
 * wall-clock score: on a machine shared with other work the wall time includes waiting for a core, the CPU time
 * does not. Read {@code cpuMsPerOp}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounters {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public double cpuMsPerOp;
    private long startCpu;
    private long ops;

    @Setup(Level.Iteration)
    public void reset() {
        cpuMsPerOp = 0;
        ops = 0;
        startCpu = OS.getProcessCpuTime();
    }

    /** Call once per operation, after it. */
    void countOp() {
        ops++;
        cpuMsPerOp = (OS.getProcessCpuTime() - startCpu) / 1e6 / ops;
    }
}
