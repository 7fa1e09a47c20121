package dev.promptcanvas.annotations.json;

/** JSON that does not describe a valid value; {@link #field()} names the offending field (e.g. "geometry.xyxy[2]"). */
public final class JsonFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public JsonFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public JsonFieldException(String field, String problem, Throwable cause) {
        super(field + ": " + problem, cause);
        this.field = field;
    }

    /** The path of the field that is wrong, from the root of the value being read. */
    public String field() {
        return field;
    }
}
