package dev.promptcanvas.inference.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The boxes and points in a grounding answer's JSON, wherever they sit: objects with {@code bbox_2d} (also
 * {@code bbox}, {@code box}) of 4 numbers and/or {@code point_2d} ({@code point}) of 2, labelled by {@code label}
 * ({@code name}, {@code category}, {@code text}), in a list or nested under any key; a bare list of 4 numbers is an
 * unlabelled box. Coordinates are returned as written, in the model's space.
 */
final class JsonRegions {

    /** One region as the model wrote it. */
    record Raw(String label, double[] box, double[] point, String where) {
    }

    private static final List<String> BOX_KEYS = List.of("bbox_2d", "bbox", "box", "box_2d");
    private static final List<String> POINT_KEYS = List.of("point_2d", "point");
    private static final List<String> LABEL_KEYS = List.of("label", "name", "category", "text", "description");
    private static final int MAX_DEPTH = 32;

    private JsonRegions() {
    }

    static List<Raw> extract(JsonNode root, AnswerBuilder out) {
        List<Raw> found = new ArrayList<>();
        walk(root, "$", 0, found, out);
        return found;
    }

    private static void walk(JsonNode node, String where, int depth, List<Raw> found, AnswerBuilder out) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            if (node.size() == 4 && allNumbers(node) && depth > 0) {
                found.add(new Raw("", numbers(node), null, where));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "[" + i + "]", depth + 1, found, out);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode box = first(node, BOX_KEYS);
        JsonNode point = first(node, POINT_KEYS);
        if (box != null || point != null) {
            double[] b = null;
            double[] p = null;
            if (box != null) {
                JsonNode flat = box.isArray() && box.size() == 1 && box.get(0).isArray() ? box.get(0) : box;
                if (flat.isArray() && flat.size() == 4 && allNumbers(flat)) {
                    b = numbers(flat);
                } else {
                    out.warning("box-malformed", where + ": a box needs 4 numbers, got " + abbreviate(box.toString()));
                }
            }
            if (point != null) {
                if (point.isArray() && point.size() == 2 && allNumbers(point)) {
                    p = numbers(point);
                } else {
                    out.warning("point-malformed", where + ": a point needs 2 numbers, got "
                            + abbreviate(point.toString()));
                }
            }
            if (b != null || p != null) {
                JsonNode label = first(node, LABEL_KEYS);
                found.add(new Raw(label == null ? "" : label.isTextual() ? label.asText() : label.toString(), b, p,
                        where));
            }
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            walk(e.getValue(), where + "." + e.getKey(), depth + 1, found, out);
        }
    }

    private static JsonNode first(JsonNode node, List<String> keys) {
        for (String k : keys) {
            JsonNode v = node.get(k);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return null;
    }

    private static boolean allNumbers(JsonNode a) {
        for (JsonNode v : a) {
            if (!v.isNumber() && !(v.isTextual() && v.asText().trim().matches("[-+]?\\d+(\\.\\d+)?"))) {
                return false;
            }
        }
        return true;
    }

    private static double[] numbers(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = a.get(i);
            out[i] = v.isNumber() ? v.asDouble() : Double.parseDouble(v.asText().trim());
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
