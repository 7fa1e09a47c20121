package dev.promptcanvas.annotations.formats.export;

import dev.promptcanvas.annotations.formats.Skipped;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: one entry per split, how many referring expressions were left out because every target
 * was filtered away, and what the format could not hold (the count, and the first {@link #SAMPLES} items).
 */
public record ExportReport(List<SplitOutput> splits, long annotations, long droppedExpressions, long skippedCount,
                           List<Skipped> skippedSamples) {

    /** How many skipped items a report keeps by name. */
    public static final int SAMPLES = 20;

    public ExportReport {
        splits = List.copyOf(splits);
        skippedSamples = List.copyOf(skippedSamples);
    }

    /** One split's output ("" when the export is not split). */
    public record SplitOutput(String name, Path output, int images) {
    }

    public int images() {
        return splits.stream().mapToInt(SplitOutput::images).sum();
    }
}
