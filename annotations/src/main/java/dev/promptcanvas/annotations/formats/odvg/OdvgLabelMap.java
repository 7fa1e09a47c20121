package dev.promptcanvas.annotations.formats.odvg;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.support.JsonInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** An ODVG label map: a JSON object from label numbers (as strings) to category names, {@code {"0": "person"}}. */
final class OdvgLabelMap {

    private OdvgLabelMap() {
    }

    static Map<Long, String> read(Path file) throws FormatException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new FormatException(file, null, "label map not found");
        }
        JsonNode root;
        JsonParser parser = null;
        try (JsonParser p = JsonInput.open(file)) {
            parser = p;
            root = p.readValueAsTree();
        } catch (JsonProcessingException e) {
            throw JsonInput.malformed(file, e, parser);
        }
        if (root == null || !root.isObject()) {
            throw new FormatException(file, null, "a label map must be an object {\"0\": \"name\", ...}");
        }
        Map<Long, String> map = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            long label;
            try {
                label = Long.parseLong(e.getKey().strip());
            } catch (NumberFormatException ex) {
                throw new FormatException(file, e.getKey(), "label map keys must be integers");
            }
            if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                throw new FormatException(file, e.getKey(), "must be a category name");
            }
            map.put(label, e.getValue().textValue());
        }
        return map;
    }
}
