package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.FormatRegistry;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** Prints every registered format: what it is, import/export, and its format-specific options. */
final class FormatList {

    private final PrintWriter out;

    FormatList(PrintWriter out) {
        this.out = out;
    }

    int print() {
        for (DatasetFormat f : FormatRegistry.all()) {
            out.printf("%-12s %-14s %s%n", f.name(), (f.canRead() ? "import" : "") + (f.canRead() && f.canWrite()
                    ? "+" : "") + (f.canWrite() ? "export" : ""), f.description());
            for (Map.Entry<String, String> o : new TreeMap<>(f.writeOptionHelp()).entrySet()) {
                out.printf("%-12s   -o %s=...  %s%n", "", o.getKey(), o.getValue());
            }
        }
        out.printf("%-12s %-14s %s%n", "preferences", "export", "prompt-lab preference pairs as JSONL (chosen and "
                + "rejected answers, for reward models and DPO)");
        out.flush();
        return ExitCodes.OK;
    }
}
