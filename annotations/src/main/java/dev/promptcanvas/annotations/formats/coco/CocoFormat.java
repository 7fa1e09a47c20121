package dev.promptcanvas.annotations.formats.coco;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.DatasetIndex;
import dev.promptcanvas.annotations.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** COCO instances and captions JSON ({@code coco}): see the package documentation for the rules. */
public final class CocoFormat implements DatasetFormat {

    private static final System.Logger LOG = System.getLogger(CocoFormat.class.getName());

    @Override
    public String name() {
        return "coco";
    }

    @Override
    public String description() {
        return "COCO instances/captions JSON: polygons, RLE (compressed or not), crowd, boxes, scores, captions";
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
    public ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        return new CocoReader(input, options == null ? ReadOptions.defaults() : options,
                Runtime.getRuntime().maxMemory()).read();
    }

    @Override
    public void write(Dataset dataset, Path output, WriteOptions options) throws IOException {
        for (Skipped s : export(dataset, output, options)) {
            LOG.log(System.Logger.Level.WARNING, "not exported: {0}", s);
        }
    }

    /**
     * Writes the dataset like {@link #write} and returns what COCO instances cannot hold (points, polylines and
     * arrows), one entry per annotation left out.
     */
    public List<Skipped> export(Dataset dataset, Path output, WriteOptions options) throws IOException {
        new DatasetIndex(dataset); // refuses dangling image and category references before anything is written
        return export(ExportSource.of(dataset), output, options);
    }

    /** Like {@link #export(Dataset, Path, WriteOptions)}, streaming image by image from a source. */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new CocoWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }

    /**
     * Where captions go when the dataset also has instances: {@code instances_X.json} gives {@code captions_X.json}
     * (COCO's own naming), any other {@code NAME.json} gives {@code NAME_captions.json}.
     */
    public static Path captionsPathFor(Path instancesFile) {
        String name = instancesFile.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? name.substring(0, name.length() - 5) : name;
        String captions = stem.startsWith("instances_")
                ? "captions_" + stem.substring("instances_".length()) + ".json"
                : stem + "_captions.json";
        return instancesFile.resolveSibling(captions);
    }
}
