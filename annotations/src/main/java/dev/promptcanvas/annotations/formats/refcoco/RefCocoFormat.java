package dev.promptcanvas.annotations.formats.refcoco;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** RefCOCO-style refs.json plus COCO instances.json ({@code refcoco}): see the package documentation. */
public final class RefCocoFormat implements DatasetFormat {

    /** Option key: what to do with an expression that has several targets: {@code skip} (default) or {@code each}. */
    public static final String MULTI_TARGET = "multi-target";


    @Override
    public String name() {
        return "refcoco";
    }

    @Override
    public String description() {
        return "RefCOCO-style folder: refs.json (ref_id, ann_id, sentences with tokens) + COCO instances.json";
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
    public boolean writesFolder() {
        return true;
    }

    @Override
    public Map<String, String> writeOptionHelp() {
        return Map.of(MULTI_TARGET, "expressions with several targets: skip (default) or each (one ref per target, "
                + "same sentence)");
    }

    /** Writes like {@link #write} and returns what RefCOCO cannot hold (per annotation or expression). */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new RefCocoWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }

    /** The refs file of a split ({@code refs_SPLIT.json}) or of an unsplit export ({@code refs.json}). */
    public static String refsFileName(String split) {
        return split == null ? "refs.json" : "refs_" + split + ".json";
    }

    /** The instances file of a split ({@code instances_SPLIT.json}) or of an unsplit export ({@code instances.json}). */
    public static String instancesFileName(String split) {
        return split == null ? "instances.json" : "instances_" + split + ".json";
    }
}
