package dev.promptcanvas.annotations.formats.odvg;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ODVG JSON Lines for Grounding DINO training ({@code odvg}): see the package documentation. */
public final class OdvgFormat implements DatasetFormat {

    /** Write option: {@code auto} (default), {@code detection} or {@code grounding}. */
    public static final String OPTION_MODE = "mode";
    /** Write option: where the label map goes (default: {@code <output stem>_label_map.json} beside the output). */
    public static final String OPTION_LABEL_MAP = "label_map";


    private final Path labelMap;

    /** Reads label maps from beside the input ({@code <stem>_label_map.json}, else {@code label_map.json}). */
    public OdvgFormat() {
        this(null);
    }

    /** Reads detection labels with this label map file (null: look beside the input). */
    public OdvgFormat(Path labelMap) {
        this.labelMap = labelMap;
    }

    @Override
    public String name() {
        return "odvg";
    }

    @Override
    public String description() {
        return "ODVG JSONL (Grounding DINO): detection instances + label map, or grounding captions with regions";
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public Map<String, String> writeOptionHelp() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put(OPTION_MODE, "auto (default: grounding lines for images with grounded captions, detection lines"
                + " otherwise), detection or grounding");
        help.put(OPTION_LABEL_MAP, "label map file to write; default <output stem>_label_map.json beside the output");
        return help;
    }

    @Override
    public ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        return new OdvgReader(input, options == null ? ReadOptions.defaults() : options, labelMap).read();
    }

    /** Writes like {@link #write(ExportSource, Path, WriteOptions)} and returns what ODVG could not hold. */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new OdvgWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }

    /** The default label map of an output or input file: {@code <stem>_label_map.json} in the same folder. */
    public static Path labelMapPathFor(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + "_label_map.json");
    }
}
