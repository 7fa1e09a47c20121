package dev.promptcanvas.annotations.formats.grit;

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

/** GRIT grounded-caption JSON Lines ({@code grit}), as KOSMOS-2 was trained on: see the package documentation. */
public final class GritFormat implements DatasetFormat {

    /** Write option: a prefix put before every image name in {@code url} (a folder or a URL base). */
    public static final String OPTION_IMAGES = "images";
    /** Write option: false leaves out the {@code clip_similarity_*} fields (written as null by default). */
    public static final String OPTION_CLIP = "clip";


    private final boolean phraseCategories;

    /** Imported regions all get the category "object". */
    public GritFormat() {
        this(false);
    }

    /** With {@code phraseCategories}, an imported region's category is its first phrase, lower-cased. */
    public GritFormat(boolean phraseCategories) {
        this.phraseCategories = phraseCategories;
    }

    @Override
    public String name() {
        return "grit";
    }

    @Override
    public String description() {
        return "GRIT grounded captions JSONL (KOSMOS-2): caption, noun_chunks/ref_exps spans with normalised boxes";
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
        help.put(OPTION_IMAGES, "prefix for image names in url (folder or URL base); default none");
        help.put(OPTION_CLIP, "true (default): write clip_similarity_vitb32/vitl14 as null; false: leave them out");
        return help;
    }

    @Override
    public ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        return new GritReader(input, options == null ? ReadOptions.defaults() : options, phraseCategories).read();
    }

    /** Writes like {@link #write(ExportSource, Path, WriteOptions)} and returns what GRIT could not hold. */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new GritWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
