package dev.promptcanvas.annotations.formats;

import java.nio.file.Path;

/** An item a reader left out, and why (listed in the import summary). */
public record Skipped(Path file, String field, String reason) {

    @Override
    public String toString() {
        return file + ": " + (field == null ? "" : field + ": ") + reason;
    }
}
