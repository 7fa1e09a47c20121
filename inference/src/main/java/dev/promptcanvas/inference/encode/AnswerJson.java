package dev.promptcanvas.inference.encode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;

/** A parsed answer as JSON: {@code {format, text, items:[{phrase, indexes, boxes, points, span}], diagnostics}}. */
public final class AnswerJson {

    private AnswerJson() {
    }

    public static ObjectNode toJson(ParsedAnswer answer, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", answer.format().id());
        root.put("text", answer.text());
        ArrayNode items = root.putArray("items");
        for (AnswerItem item : answer.items()) {
            ObjectNode n = items.addObject();
            n.put("phrase", item.phrase());
            ArrayNode idx = n.putArray("indexes");
            item.indexes().forEach(idx::add);
            ArrayNode boxes = n.putArray("boxes");
            for (Box b : item.boxes()) {
                boxes.addArray().add(round(b.x1())).add(round(b.y1())).add(round(b.x2())).add(round(b.y2()));
            }
            ArrayNode points = n.putArray("points");
            for (Point p : item.points()) {
                points.addArray().add(round(p.x())).add(round(p.y()));
            }
            if (item.start() >= 0) {
                n.putArray("span").add(item.start()).add(item.end());
            }
        }
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : answer.diagnostics()) {
            ObjectNode n = diags.addObject();
            n.put("level", d.level().name().toLowerCase(java.util.Locale.ROOT));
            n.put("code", d.code());
            n.put("message", d.message());
        }
        return root;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
