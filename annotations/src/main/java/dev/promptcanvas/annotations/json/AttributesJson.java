package dev.promptcanvas.annotations.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** Free key/value attributes as a JSON object of strings, keys sorted: {@code {"color":"red","occluded":"true"}}. */
public final class AttributesJson {

    static final String ROOT = "attributes";

    private AttributesJson() {
    }

    public static String write(Map<String, String> attributes) {
        Map<String, String> sorted = new TreeMap<>(attributes);
        return JsonSupport.toText(out -> {
            out.writeStartObject();
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                if (e.getValue() == null) {
                    throw new IllegalArgumentException("attributes." + e.getKey() + ": null value cannot be written");
                }
                out.writeStringField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
        });
    }

    /** Reads {@link #write}'s output into an immutable map. */
    public static Map<String, String> read(String json) {
        return fromNode(JsonSupport.parse(json, ROOT), ROOT);
    }

    public static Map<String, String> fromNode(JsonNode node, String path) {
        JsonSupport.requireObject(node, path);
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isTextual()) {
                throw new JsonFieldException(path + "." + e.getKey(), "expected a string, found "
                        + JsonSupport.describe(e.getValue()));
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return Map.copyOf(out);
    }
}
