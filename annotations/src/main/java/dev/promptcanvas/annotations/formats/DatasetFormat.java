package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One dataset format (COCO, LabelMe, ...): a reader and/or a writer, found by {@link #name()} through
 * {@link FormatRegistry} (registered with ServiceLoader).
 *
 * <p>A writer overrides {@link #export(ExportSource, Path, WriteOptions)} when it streams image by image (preferred:
 * bounded memory on large projects), or {@link #write(Dataset, Path, WriteOptions)} when it needs the whole dataset
 * at once; the other methods delegate to it.
 */
public interface DatasetFormat {

    /** The name used on the command line, lower case ("coco", "labelme"). */
    String name();

    /** One line for --help. */
    String description();

    boolean canRead();

    boolean canWrite();

    /** True when the output is a folder (one file per image, or a fixed layout); false for a single file. */
    default boolean writesFolder() {
        return false;
    }

    /**
     * True when a folder format lays out splits itself inside one output folder (YOLO: images/train, labels/val and
     * one data.yaml), reading {@link WriteOptions#split()}; false when each split gets its own file or folder.
     */
    default boolean handlesSplits() {
        return false;
    }

    /**
     * True when the format puts image files into its output itself (YOLO needs images beside its labels); the
     * exporter then leaves placement to it and passes a requested link mode on as the {@code images} option.
     */
    default boolean placesImages() {
        return false;
    }

    /** The format-specific write options this format understands (key → one-line description). */
    default Map<String, String> writeOptionHelp() {
        return Map.of();
    }

    /**
     * Reads a dataset. Never partially: either the whole input is read (with skipped items listed in the result)
     * or a {@link FormatException} names the file and field that are wrong.
     */
    default ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        throw new FormatException(input, null, name() + " cannot be imported");
    }

    /** Writes a dataset to a file or folder, depending on the format; what it cannot hold is logged. */
    default void write(Dataset dataset, Path output, WriteOptions options) throws IOException {
        if (!canWrite()) {
            throw new IOException(name() + " cannot be exported");
        }
        write(ExportSource.of(dataset), output, options);
    }

    /** Writes the data of a source, one image at a time where the format allows; what it cannot hold is logged. */
    default void write(ExportSource source, Path output, WriteOptions options) throws IOException {
        for (Skipped s : export(source, output, options)) {
            System.getLogger(DatasetFormat.class.getName()).log(System.Logger.Level.WARNING, "not exported: {0}", s);
        }
    }

    /**
     * Writes the data of a source and returns what the format could not hold, one entry per item left out (a
     * point in a box-only format, a phrase the markup cannot nest, ...). Streaming writers override this.
     */
    default List<Skipped> export(ExportSource source, Path output, WriteOptions options) throws IOException {
        if (!canWrite()) {
            throw new IOException(name() + " cannot be exported");
        }
        write(source.materialize(), output, options);
        return List.of();
    }
}
