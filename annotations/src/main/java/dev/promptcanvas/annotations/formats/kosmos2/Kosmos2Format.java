package dev.promptcanvas.annotations.formats.kosmos2;

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

/** KOSMOS-2 grounded text lines ({@code kosmos2}): see the package documentation. */
public final class Kosmos2Format implements DatasetFormat {

    /** Write option: a prefix put before every image name. */
    public static final String OPTION_IMAGES = "images";
    /** Write option: false leaves out the {@code <grounding>} prefix. */
    public static final String OPTION_GROUNDING = "grounding";


    @Override
    public String name() {
        return "kosmos2";
    }

    @Override
    public String description() {
        return "KOSMOS-2 grounded text, one IMAGE<TAB><grounding>...<phrase>..</phrase><object>..</object> per caption";
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
        help.put(OPTION_IMAGES, "prefix for image names (folder or URL base); default none");
        help.put(OPTION_GROUNDING, "true (default): start each text with <grounding>; false: leave it out");
        return help;
    }

    @Override
    public ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        return new Kosmos2Reader(input, options == null ? ReadOptions.defaults() : options).read();
    }

    /** Writes like {@link #write(ExportSource, Path, WriteOptions)} and returns what the markup could not hold. */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new Kosmos2Writer(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
