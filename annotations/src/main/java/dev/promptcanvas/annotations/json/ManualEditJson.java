package dev.promptcanvas.annotations.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.prompt.ManualEdit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A manual edit as JSON: {@code {"operation":"brush-add","geometry":{...},"epochMillis":1700000000000}}
 * ({@code geometry} omitted when there is none).
 */
public final class ManualEditJson {

    static final String ROOT = "edit";

    private ManualEditJson() {
    }

    public static String write(ManualEdit edit) {
        return JsonSupport.toText(out -> write(out, edit));
    }

    public static ManualEdit read(String json) {
        return fromNode(JsonSupport.parse(json, ROOT), ROOT);
    }

    /** A JSON array of edits, in order. */
    public static String writeList(List<ManualEdit> edits) {
        return JsonSupport.toText(out -> writeList(out, edits));
    }

    public static List<ManualEdit> readList(String json) {
        return listFromNode(JsonSupport.parse(json, "edits"), "edits");
    }

    public static void writeList(JsonGenerator out, List<ManualEdit> edits) throws IOException {
        out.writeStartArray();
        for (ManualEdit e : edits) {
            write(out, e);
        }
        out.writeEndArray();
    }

    public static List<ManualEdit> listFromNode(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new JsonFieldException(path, "expected an array of edits, found " + JsonSupport.describe(node));
        }
        List<ManualEdit> edits = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            edits.add(fromNode(node.get(i), path + "[" + i + "]"));
        }
        return edits;
    }

    public static void write(JsonGenerator out, ManualEdit edit) throws IOException {
        out.writeStartObject();
        out.writeStringField("operation", edit.operation());
        if (edit.geometry() != null) {
            out.writeFieldName("geometry");
            GeometryJson.write(out, edit.geometry());
        }
        out.writeNumberField("epochMillis", edit.epochMillis());
        out.writeEndObject();
    }

    public static ManualEdit fromNode(JsonNode node, String path) {
        JsonSupport.requireObject(node, path);
        String operation = JsonSupport.requireText(node, "operation", path);
        JsonNode g = node.get("geometry");
        Geometry geometry = g == null || g.isNull() ? null : GeometryJson.fromNode(g, path + ".geometry");
        long time = JsonSupport.requireLong(node, "epochMillis", path);
        return JsonSupport.build(path, () -> new ManualEdit(operation, geometry, time));
    }
}
