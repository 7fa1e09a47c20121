package dev.promptcanvas.annotations.formats.export;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link ExportPlan}: maps labels, splits the images, places image files, and has the format write each
 * split from a filtered, streaming source.
 *
 * <p>Where splits go: a format that {@linkplain DatasetFormat#handlesSplits() handles splits} gets the one output
 * folder and the split name; a folder format gets {@code OUTPUT/SPLIT/}; a file format gets {@code NAME_SPLIT.EXT}
 * next to {@code NAME.EXT}. Where copied or linked images go: {@code OUTPUT/images/SPLIT/} for split-handling
 * formats, {@code SPLIT_OUTPUT/images/} for folder formats, and {@code images/[SPLIT/]} beside a file output.
 */
public final class DatasetExporter {

    private DatasetExporter() {
    }

    public static ExportReport export(ExportSource source, ExportPlan plan, ExportProgress progress)
            throws IOException {
        DatasetFormat format = plan.format();
        if (!format.canWrite()) {
            throw new IOException(format.name() + " cannot be exported");
        }
        CategoryMapping.Applied mapping = plan.categories().apply(source.categories());
        Map<String, List<ImageRecord>> splits = SplitAssigner.assign(source.images(), plan.split());
        boolean split = !(plan.split() instanceof SplitRule.None);
        List<String> names = split ? List.copyOf(splits.keySet()) : List.of();
        FilteredExportSource.Counter counter = new FilteredExportSource.Counter(source.images().size(),
                progress == null ? ExportProgress.none() : progress);
        List<ExportReport.SplitOutput> outputs = new ArrayList<>();
        List<Skipped> samples = new ArrayList<>();
        long skippedCount = 0;
        for (Map.Entry<String, List<ImageRecord>> e : splits.entrySet()) {
            String name = split ? e.getKey() : null;
            Path out = outputFor(plan, name);
            WriteOptions options = plan.options().withSplit(name, names);
            if (format.placesImages()) {
                if (plan.images() == ImageMode.LINK && options.option("images") == null) {
                    java.util.Map<String, String> withLink = new java.util.HashMap<>(options.formatOptions());
                    withLink.put("images", "link");
                    options = options.withFormatOptions(withLink);
                }
            } else if (plan.images() != ImageMode.REFERENCE) {
                options = options.withImagePaths(ImagePlacement.place(e.getValue(), plan.options().imagePaths(),
                        imagesFolderFor(plan, name, out), plan.images()));
            }
            List<Skipped> skipped = format.export(new FilteredExportSource(source, e.getValue(),
                    plan.includeSuggestions(), mapping, counter, e.getKey()), out, options);
            skippedCount += skipped.size();
            for (Skipped s : skipped) {
                if (samples.size() < ExportReport.SAMPLES) {
                    samples.add(s);
                }
            }
            outputs.add(new ExportReport.SplitOutput(e.getKey(), out, e.getValue().size()));
        }
        return new ExportReport(outputs, counter.annotations.get(), counter.droppedExpressions.get(), skippedCount,
                samples);
    }

    /** Where one split is written. */
    static Path outputFor(ExportPlan plan, String split) {
        Path output = plan.output();
        if (split == null || plan.format().handlesSplits()) {
            return output;
        }
        if (plan.format().writesFolder()) {
            return output.resolve(split);
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String splitName = dot > 0 ? name.substring(0, dot) + "_" + split + name.substring(dot) : name + "_" + split;
        return output.resolveSibling(splitName);
    }

    /** Where one split's copied or linked images go. */
    static Path imagesFolderFor(ExportPlan plan, String split, Path splitOutput) {
        if (plan.format().handlesSplits()) {
            return plan.output().resolve("images").resolve(split == null ? "train" : split);
        }
        if (plan.format().writesFolder()) {
            return splitOutput.resolve("images");
        }
        Path parent = splitOutput.toAbsolutePath().getParent();
        return split == null ? parent.resolve("images") : parent.resolve("images").resolve(split);
    }
}
