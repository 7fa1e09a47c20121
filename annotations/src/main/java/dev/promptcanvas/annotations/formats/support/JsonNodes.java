package dev.promptcanvas.annotations.formats.support;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads from a small JSON tree (one image entry, one LabelMe shape), failing with the field's path. */
public final class JsonNodes {

    private JsonNodes() {
    }

    /** The field's node, or an error saying it is missing (null counts as missing). */
    public static JsonNode required(JsonNode object, String name, String base) throws InvalidFieldException {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            throw new InvalidFieldException(JsonPaths.field(base, name), "missing");
        }
        return v;
    }

    /** The field's node, or null when absent or null. */
    public static JsonNode optional(JsonNode object, String name) {
        JsonNode v = object.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /** An integer (integral floats such as 3.0 accepted). */
    public static long integer(JsonNode v, String path) throws InvalidFieldException {
        if (v.isIntegralNumber()) {
            if (!v.canConvertToLong()) {
                throw new InvalidFieldException(path, "integer " + v.asText() + " is out of range");
            }
            return v.longValue();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 0x1p53) {
                return (long) d;
            }
            throw new InvalidFieldException(path, "must be an integer, got " + v.asText());
        }
        throw new InvalidFieldException(path, "must be an integer, got " + describe(v));
    }

    /** A positive integer that fits an int (image sizes). */
    public static int positiveInt(JsonNode v, String path) throws InvalidFieldException {
        long n = integer(v, path);
        if (n <= 0 || n > Integer.MAX_VALUE) {
            throw new InvalidFieldException(path, "must be a positive integer, got " + n);
        }
        return (int) n;
    }

    /** A finite number; NaN and Infinity are rejected. */
    public static double number(JsonNode v, String path) throws InvalidFieldException {
        if (!v.isNumber()) {
            throw new InvalidFieldException(path, "must be a number, got " + describe(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new InvalidFieldException(path, "is not a finite number (" + v.asText() + ")");
        }
        return d;
    }

    /** A string. */
    public static String text(JsonNode v, String path) throws InvalidFieldException {
        if (!v.isTextual()) {
            throw new InvalidFieldException(path, "must be a string, got " + describe(v));
        }
        return v.textValue();
    }

    /** A string with something other than white space in it. */
    public static String nonBlankText(JsonNode v, String path) throws InvalidFieldException {
        String s = text(v, path);
        if (s.isBlank()) {
            throw new InvalidFieldException(path, "must not be empty");
        }
        return s;
    }

    /** What a node is, for messages. */
    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        } else if (v.isObject()) {
            return "an object";
        } else if (v.isArray()) {
            return "an array";
        } else if (v.isTextual()) {
            String s = v.textValue();
            return "a string (\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\")";
        } else if (v.isNumber()) {
            return "the number " + v.asText();
        } else if (v.isBoolean()) {
            return "a boolean (" + v.asText() + ")";
        } else if (v.isNull()) {
            return "null";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
