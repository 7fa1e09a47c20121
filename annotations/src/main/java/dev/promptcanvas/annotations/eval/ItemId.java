package dev.promptcanvas.annotations.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * An item id compared the way a Python dictionary compares JSON values: strings by text, numbers by value
 * ({@code 1} equals {@code 1.0}), and a string never equals a number.
 *
 * @param key    the comparison key (type tag and canonical text)
 * @param text   the id as written, for messages
 */
public record ItemId(String key, String text) {

    /** The id in a JSON node, or null when the node is neither a string nor a number. */
    public static ItemId of(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return new ItemId("s:" + node.asText(), node.asText());
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            String canonical = value.signum() == 0 ? "0" : value.toPlainString();
            return new ItemId("n:" + canonical, node.asText());
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemId other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
