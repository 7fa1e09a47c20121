package dev.promptcanvas.annotations.formats.coco;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonNodes;

/** Reads entries of COCO's small lists, {@code images} and {@code categories}, from one small tree each. */
final class CocoTableParser {

    private CocoTableParser() {
    }

    static RawEntries.Image image(JsonNode node, int index) throws InvalidFieldException {
        String base = "images[" + index + "]";
        requireObject(node, base);
        long id = JsonNodes.integer(JsonNodes.required(node, "id", base), base + ".id");
        int width = JsonNodes.positiveInt(JsonNodes.required(node, "width", base), base + ".width");
        int height = JsonNodes.positiveInt(JsonNodes.required(node, "height", base), base + ".height");
        String fileName = JsonNodes.nonBlankText(JsonNodes.required(node, "file_name", base), base + ".file_name");
        return new RawEntries.Image(index, id, fileName, width, height);
    }

    static RawEntries.Category category(JsonNode node, int index) throws InvalidFieldException {
        String base = "categories[" + index + "]";
        requireObject(node, base);
        long id = JsonNodes.integer(JsonNodes.required(node, "id", base), base + ".id");
        String name = JsonNodes.nonBlankText(JsonNodes.required(node, "name", base), base + ".name");
        JsonNode sc = JsonNodes.optional(node, "supercategory");
        String supercategory = sc == null ? null : JsonNodes.text(sc, base + ".supercategory");
        return new RawEntries.Category(index, id, name, supercategory);
    }

    /** The entry's id if it has a readable one (to tell "skipped" from "unknown" later), else null. */
    static Long idOrNull(JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isIntegralNumber() && id.canConvertToLong() ? id.longValue() : null;
    }

    private static void requireObject(JsonNode node, String base) throws InvalidFieldException {
        if (!node.isObject()) {
            throw new InvalidFieldException(base, "must be an object, got " + JsonNodes.describe(node));
        }
    }
}
