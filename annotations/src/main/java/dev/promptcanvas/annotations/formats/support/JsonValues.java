package dev.promptcanvas.annotations.formats.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;

/** Typed reads of the value a streaming parser is on, failing with the value's path and what was found instead. */
public final class JsonValues {

    private JsonValues() {
    }

    /** An integer (an integral float such as {@code 3.0} is accepted, as Python would). */
    public static long integer(JsonParser p) throws IOException, InvalidFieldException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            try {
                return p.getLongValue();
            } catch (InputCoercionException e) {
                throw new InvalidFieldException(JsonPaths.here(p), "integer " + p.getText() + " is out of range");
            }
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 0x1p53) {
                return (long) d;
            }
            throw new InvalidFieldException(JsonPaths.here(p), "must be an integer, got " + p.getText());
        }
        throw new InvalidFieldException(JsonPaths.here(p), "must be an integer, got " + describe(p));
    }

    /** A positive integer that fits an int (image sizes). */
    public static int positiveInt(JsonParser p) throws IOException, InvalidFieldException {
        long v = integer(p);
        if (v <= 0 || v > Integer.MAX_VALUE) {
            throw new InvalidFieldException(JsonPaths.here(p), "must be a positive integer, got " + v);
        }
        return (int) v;
    }

    /** A finite number; NaN and Infinity are rejected. */
    public static double number(JsonParser p) throws IOException, InvalidFieldException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new InvalidFieldException(JsonPaths.here(p), "must be a number, got " + describe(p));
        }
        double d = p.getDoubleValue();
        if (!Double.isFinite(d)) {
            throw new InvalidFieldException(JsonPaths.here(p), "is not a finite number (" + p.getText() + ")");
        }
        return d;
    }

    /** A string. */
    public static String text(JsonParser p) throws IOException, InvalidFieldException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new InvalidFieldException(JsonPaths.here(p), "must be a string, got " + describe(p));
        }
        return p.getText();
    }

    /** Fails unless the parser is on the start of an object. */
    public static void requireObject(JsonParser p) throws IOException, InvalidFieldException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidFieldException(JsonPaths.here(p), "must be an object, got " + describe(p));
        }
    }

    /** Fails unless the parser is on the start of an array. */
    public static void requireArray(JsonParser p) throws IOException, InvalidFieldException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidFieldException(JsonPaths.here(p), "must be an array, got " + describe(p));
        }
    }

    /** What the current value is, for messages: "a string (\"abc\")", "an array", "null", ... */
    public static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                String s = p.getText();
                return "a string (\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\")";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + p.getText();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean (" + p.getText() + ")";
            case VALUE_NULL:
                return "null";
            default:
                return t.asString() == null ? t.name() : t.asString();
        }
    }

    /**
     * After a bad value inside an element of an array, moves the parser to the element's last token so reading
     * can go on with the next element. {@code array} is the array's parsing context.
     */
    public static void skipRestOfElement(JsonParser p, com.fasterxml.jackson.core.JsonStreamContext array)
            throws IOException {
        while (p.getParsingContext() != array) {
            if (p.nextToken() == null) {
                return;
            }
        }
    }
}
