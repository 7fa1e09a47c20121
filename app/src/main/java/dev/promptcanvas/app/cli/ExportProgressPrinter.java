package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.formats.export.ExportProgress;
import java.io.PrintWriter;

/** Prints export progress to the error stream at most once a second, and once at the end. */
final class ExportProgressPrinter implements ExportProgress {

    private final PrintWriter err;
    private long lastPrinted = System.nanoTime();

    ExportProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void imagesDone(String split, long done, long total) {
        long now = System.nanoTime();
        if (done == total || now - lastPrinted >= 1_000_000_000L) {
            lastPrinted = now;
            err.printf("export: %,d / %,d images (%d%%)%s%n", done, total, total == 0 ? 100 : done * 100 / total,
                    split.isEmpty() ? "" : ", writing " + split);
            err.flush();
        }
    }
}
