package dev.promptcanvas.annotations.formats.mdvp;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** MDVP / SPHINX-V visual-prompt records ({@code mdvp}, write only): see the package documentation. */
public final class MdvpFormat implements DatasetFormat {

    /** Option key: {@code box} (xywh boxes, default) or {@code point} (one point inside each region). */
    public static final String PROMPT = "prompt";
    /** The question of a region caption; {@code <Region>} becomes {@code <Region N>}. */
    public static final String QUESTION = "Please describe <Region> in detail.";


    @Override
    public String name() {
        return "mdvp";
    }

    @Override
    public String description() {
        return "MDVP/SPHINX-V JSON: image, bbox [[x,y,w,h]] or points [[x,y]] (max 10), <Region N> conversations";
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public Map<String, String> writeOptionHelp() {
        return Map.of(PROMPT, "box (bbox [[x, y, w, h]], default) or point (points [[x, y]] inside each region)");
    }

    /** Writes like {@link #write} and returns the captioned annotations that cannot be prompts. */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new MdvpWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
