package dev.promptcanvas.annotations.formats.support;

/** A bad value found while reading one item: the field path and why it is wrong (the reader adds the file). */
public final class InvalidFieldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super((field == null || field.isEmpty() ? "" : field + ": ") + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The JSON path of the bad value, e.g. {@code annotations[3].bbox}. */
    public String field() {
        return field;
    }

    /** Why the value is wrong, without the path. */
    public String reason() {
        return reason;
    }
}
