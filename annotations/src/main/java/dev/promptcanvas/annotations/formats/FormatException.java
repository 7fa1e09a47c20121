package dev.promptcanvas.annotations.formats;

import java.nio.file.Path;

/** Bad input: names the file and the field that are wrong, and says why. */
public class FormatException extends Exception {

    private final transient Path file;
    private final String field;

    public FormatException(Path file, String field, String reason) {
        this(file, field, reason, null);
    }

    public FormatException(Path file, String field, String reason, Throwable cause) {
        super(describe(file, field, reason), cause);
        this.file = file;
        this.field = field;
    }

    private static String describe(Path file, String field, String reason) {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(reason).toString();
    }

    /** The file that is wrong, or null. */
    public Path file() {
        return file;
    }

    /** The field that is wrong (a JSON path such as {@code annotations[3].bbox}), or null. */
    public String field() {
        return field;
    }
}
