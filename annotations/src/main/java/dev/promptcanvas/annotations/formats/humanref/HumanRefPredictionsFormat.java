package dev.promptcanvas.annotations.formats.humanref;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * HumanRef predictions JSON Lines ({@code humanref-pred}): per referring expression its id and its targets' boxes
 * as {@code extracted_predictions}, so a project holding a model's answers exports them for RexSeek's metric
 * script. Export only: predictions name no images, so they are read for evaluation with
 * {@link HumanRefPredictions#read}, not imported.
 */
public final class HumanRefPredictionsFormat implements DatasetFormat {


    @Override
    public String name() {
        return "humanref-pred";
    }

    @Override
    public String description() {
        return "HumanRef predictions JSONL (id, extracted_predictions = each expression's target boxes); export only";
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** Writes like {@link #write(ExportSource, Path, WriteOptions)} and returns what was left out. */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new HumanRefWriter(options == null ? WriteOptions.defaults(null) : options, true)
                .write(source, output);
    }
}
