package dev.promptcanvas.annotations.formats.vipllava;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** ViP-LLaVA visual-prompt instruction JSON ({@code vipllava}, write only): see the package documentation. */
public final class VipLlavaFormat implements DatasetFormat {

    /** The question of a region caption; {@code <bbox>} becomes the region's placeholder. */
    public static final String REGION_QUESTION = "Please describe the region <bbox> in detail.";
    /** The question of a referring expression; [EXPRESSION] becomes its text. */
    public static final String REFER_QUESTION =
            "Which of the marked regions does \"[EXPRESSION]\" refer to? Answer with the region placeholders.";


    @Override
    public String name() {
        return "vipllava";
    }

    @Override
    public String description() {
        return "ViP-LLaVA instruction JSON: bboxes, segmentations, conversations with <bboxN> placeholders";
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    /** Writes like {@link #write} and returns the expressions left out (no target, or targets that are not regions). */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new VipLlavaWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
