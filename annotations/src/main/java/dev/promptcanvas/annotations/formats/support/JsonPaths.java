package dev.promptcanvas.annotations.formats.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;

/** Field paths for messages, such as {@code annotations[12].segmentation[0]}, built by hand or from a parser. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of the value the parser is on (for a start token: the object or array that begins there). */
    public static String here(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
            context = context.getParent();
        }
        return of(context);
    }

    /** The path of a parsing context: property names joined by dots, array positions in brackets. */
    public static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.hasCurrentIndex()) {
                    parts.push("[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** {@code base.name}, or just {@code name} at the top. */
    public static String field(String base, String name) {
        return base == null || base.isEmpty() ? name : base + "." + name;
    }

    /** {@code base[index]}. */
    public static String index(String base, int index) {
        return base + "[" + index + "]";
    }
}
