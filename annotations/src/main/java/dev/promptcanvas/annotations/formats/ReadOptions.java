package dev.promptcanvas.annotations.formats;

import java.nio.file.Path;

/**
 * How to read a dataset.
 *
 * @param imageRoot the folder image paths in the input are relative to (null: the input's own folder)
 * @param skipInvalid true to skip bad items and list them in the result; false to fail on the first one
 */
public record ReadOptions(Path imageRoot, boolean skipInvalid) {

    public static ReadOptions defaults() {
        return new ReadOptions(null, false);
    }
}
