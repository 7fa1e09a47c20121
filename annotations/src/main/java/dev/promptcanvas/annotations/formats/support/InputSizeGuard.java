package dev.promptcanvas.annotations.formats.support;

import dev.promptcanvas.annotations.formats.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses, before reading, a file whose dataset cannot fit in this JVM's heap: readers stream the JSON but keep the
 * resulting dataset in memory, which takes about {@link #BYTES_PER_FILE_BYTE} times the file's size.
 */
public final class InputSizeGuard {

    /** Heap bytes a parsed dataset needs per byte of JSON (measured on COCO polygon and RLE files, rounded up). */
    public static final int BYTES_PER_FILE_BYTE = 2;

    private InputSizeGuard() {
    }

    /** Checks the file against the heap this JVM may use ({@code -Xmx}). */
    public static void check(Path file) throws FormatException, IOException {
        check(file, Runtime.getRuntime().maxMemory());
    }

    /** Checks the file against a given heap limit in bytes. */
    public static void check(Path file, long heapLimit) throws FormatException, IOException {
        long size = Files.size(file);
        long needed = size * BYTES_PER_FILE_BYTE;
        if (size > Long.MAX_VALUE / BYTES_PER_FILE_BYTE || needed > heapLimit) {
            throw new FormatException(file, null, "file is " + gigabytes(size) + "; reading it needs about "
                    + gigabytes(needed) + " of memory but this JVM may use at most " + gigabytes(heapLimit)
                    + " (limit = heap / " + BYTES_PER_FILE_BYTE + "); raise -Xmx or split the file");
        }
    }

    static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
