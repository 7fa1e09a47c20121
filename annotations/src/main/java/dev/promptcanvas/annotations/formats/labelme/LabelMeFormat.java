package dev.promptcanvas.annotations.formats.labelme;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.support.DatasetIndex;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** LabelMe JSON, one file per image ({@code labelme}): see the package documentation for the rules. */
public final class LabelMeFormat implements DatasetFormat {

    @Override
    public boolean writesFolder() {
        return true;
    }


    private static final System.Logger LOG = System.getLogger(LabelMeFormat.class.getName());

    @Override
    public String name() {
        return "labelme";
    }

    @Override
    public String description() {
        return "LabelMe JSON per image (folder or file): polygon, rectangle, circle, line, linestrip, point, mask";
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
        return new LabelMeReader(input, options == null ? ReadOptions.defaults() : options).read();
    }

    @Override
    public void write(Dataset dataset, Path output, WriteOptions options) throws IOException {
        for (Skipped s : export(dataset, output, options)) {
            LOG.log(System.Logger.Level.WARNING, "not exported: {0}", s);
        }
    }

    /** Writes the dataset like {@link #write} into the output folder and returns what LabelMe cannot hold. */
    public List<Skipped> export(Dataset dataset, Path output, WriteOptions options) throws IOException {
        new DatasetIndex(dataset); // refuses dangling image and category references before anything is written
        return export(ExportSource.of(dataset), output, options);
    }

    /** Like {@link #export(Dataset, Path, WriteOptions)}, streaming image by image from a source. */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new LabelMeWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
