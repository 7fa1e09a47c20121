package dev.promptcanvas.annotations.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Shared plumbing of the JSON codecs: one mapper, number output, and field readers that name the field. */
final class JsonSupport {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();
    static final JsonFactory FACTORY = MAPPER.getFactory();

    /** Whole numbers up to this magnitude are written without a fraction ("3" rather than "3.0"). */
    private static final double EXACT_LONG_LIMIT = 9.007199254740992E15;

    private JsonSupport() {
    }

    /** Something that writes one JSON value to a generator. */
    interface Writer {
        void write(JsonGenerator out) throws IOException;
    }

    static String toText(Writer writer) {
        StringWriter text = new StringWriter(64);
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return text.toString();
    }

    static JsonNode parse(String json, String root) {
        if (json == null) {
            throw new JsonFieldException(root, "no JSON text (null)");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new JsonFieldException(root, "empty JSON text");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new JsonFieldException(root, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** Writes a double exactly; whole numbers come out without ".0" to keep stored text short. */
    static void writeNumber(JsonGenerator out, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT
                && !(value == 0 && Double.doubleToRawLongBits(value) != 0)) {
            out.writeNumber((long) value);
        } else {
            out.writeNumber(value);
        }
    }

    static void writeNumbers(JsonGenerator out, double... values) throws IOException {
        out.writeStartArray();
        for (double v : values) {
            writeNumber(out, v);
        }
        out.writeEndArray();
    }

    static JsonNode requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new JsonFieldException(path, "expected an object, found " + describe(node));
        }
        return node;
    }

    static JsonNode require(JsonNode object, String name, String path) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw new JsonFieldException(path + "." + name, "missing");
        }
        return value;
    }

    static String requireText(JsonNode object, String name, String path) {
        JsonNode value = require(object, name, path);
        if (!value.isTextual()) {
            throw new JsonFieldException(path + "." + name, "expected a string, found " + describe(value));
        }
        return value.asText();
    }

    static String optionalText(JsonNode object, String name, String path) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new JsonFieldException(path + "." + name, "expected a string, found " + describe(value));
        }
        return value.asText();
    }

    static double requireDouble(JsonNode object, String name, String path) {
        return number(require(object, name, path), path + "." + name);
    }

    static Double optionalDouble(JsonNode object, String name, String path) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : number(value, path + "." + name);
    }

    static long requireLong(JsonNode object, String name, String path) {
        JsonNode value = require(object, name, path);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new JsonFieldException(path + "." + name, "expected a whole number, found " + describe(value));
        }
        return value.asLong();
    }

    static int requireInt(JsonNode object, String name, String path) {
        JsonNode value = require(object, name, path);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new JsonFieldException(path + "." + name, "expected a whole number, found " + describe(value));
        }
        return value.asInt();
    }

    static boolean requireBoolean(JsonNode object, String name, String path) {
        JsonNode value = require(object, name, path);
        if (!value.isBoolean()) {
            throw new JsonFieldException(path + "." + name, "expected true or false, found " + describe(value));
        }
        return value.asBoolean();
    }

    static JsonNode requireArray(JsonNode object, String name, String path) {
        JsonNode value = require(object, name, path);
        if (!value.isArray()) {
            throw new JsonFieldException(path + "." + name, "expected an array, found " + describe(value));
        }
        return value;
    }

    /** A flat array of numbers; {@code expectedLength} < 0 accepts any length. */
    static double[] requireNumbers(JsonNode object, String name, String path, int expectedLength) {
        JsonNode array = requireArray(object, name, path);
        return numbers(array, path + "." + name, expectedLength);
    }

    static double[] numbers(JsonNode array, String path, int expectedLength) {
        if (!array.isArray()) {
            throw new JsonFieldException(path, "expected an array of numbers, found " + describe(array));
        }
        if (expectedLength >= 0 && array.size() != expectedLength) {
            throw new JsonFieldException(path, "expected " + expectedLength + " numbers, found " + array.size());
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(array.get(i), path + "[" + i + "]");
        }
        return out;
    }

    static double number(JsonNode value, String path) {
        if (value == null || !value.isNumber()) {
            throw new JsonFieldException(path, "expected a number, found " + describe(value));
        }
        double d = value.asDouble();
        if (!Double.isFinite(d)) {
            throw new JsonFieldException(path, "number is not finite (" + value + ")");
        }
        return d;
    }

    /** Runs a record constructor and reports its complaint against the field being read. */
    static <T> T build(String path, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (JsonFieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new JsonFieldException(path, e.getMessage(), e);
        }
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "the string \"" + abbreviate(node.asText()) + "\"";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + abbreviate(node.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
