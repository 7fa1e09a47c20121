package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One dataset format (COCO, LabelMe, ...): a reader and/or a writer, found by {@link #name()} through
 * {@link FormatRegistry} (registered with ServiceLoader).
 */
public interface DatasetFormat {

    /** The name used on the command line, lower case ("coco", "labelme"). */
    String name();

    /** One line for --help. */
    String description();

    boolean canRead();

    boolean canWrite();

    /**
     * Reads a dataset. Never partially: either the whole input is read (with skipped items listed in the result)
     * or a {@link FormatException} names the file and field that are wrong.
     */
    default ReadResult read(Path input, ReadOptions options) throws FormatException, IOException {
        throw new FormatException(input, null, name() + " cannot be imported");
    }

    /** Writes a dataset to a file or folder, depending on the format. */
    default void write(Dataset dataset, Path output, WriteOptions options) throws IOException {
        throw new IOException(name() + " cannot be exported");
    }
}
