package dev.promptcanvas.annotations.formats.voc;

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

/** Pascal VOC XML, one file per image ({@code voc}): see the package documentation for the rules. */
public final class VocFormat implements DatasetFormat {


    @Override
    public String name() {
        return "voc";
    }

    @Override
    public String description() {
        return "Pascal VOC XML per image (Annotations/*.xml, ImageSets/Main/SPLIT.txt): boxes, difficult, truncated";
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
    public boolean writesFolder() {
        return true;
    }

    @Override
    public ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        return new VocReader(input, options == null ? ReadOptions.defaults() : options).read();
    }

    /** Writes like {@link #write} and returns the annotations VOC cannot hold (points, lines, arrows). */
    @Override
    public List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        return new VocWriter(options == null ? WriteOptions.defaults(null) : options).write(source, output);
    }
}
