package dev.promptcanvas.annotations.formats.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: one entry per split, and how many referring expressions were left out because every target
 * was filtered away.
 */
public record ExportReport(List<SplitOutput> splits, long annotations, long droppedExpressions) {

    public ExportReport {
        splits = List.copyOf(splits);
    }

    /** One split's output ("" when the export is not split). */
    public record SplitOutput(String name, Path output, int images) {
    }

    public int images() {
        return splits.stream().mapToInt(SplitOutput::images).sum();
    }
}
