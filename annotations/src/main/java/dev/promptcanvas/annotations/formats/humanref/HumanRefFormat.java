package dev.promptcanvas.annotations.formats.humanref;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** HumanRef / RexSeek ground truth JSON Lines ({@code humanref}): see the package documentation. */
public final class HumanRefFormat implements DatasetFormat {

    /** Write option: the category whose annotations are every record's candidate boxes. */
    public static final String OPTION_CANDIDATES = "candidates";


    @Override
    public String name() {
        return "humanref";
    }

    @Override
    public String description() {
        return "HumanRef/RexSeek referring ground truth JSONL: candidate and answer boxes, answer masks as COCO RLE";
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
        return Map.of(OPTION_CANDIDATES, "category whose annotations are the candidate boxes; default \"person\" if"
                + " there is one, else the targets' categories, else every annotation");
    }

    @Override
    public ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        return new HumanRefReader(input, options == null ? ReadOptions.defaults() : options).read();
    }

    /** Writes like {@link #write(ExportSource, Path, WriteOptions)} and returns what was left out. */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new HumanRefWriter(options == null ? WriteOptions.defaults(null) : options, false)
                .write(source, output);
    }
}
