package dev.promptcanvas.inference.vlm.task;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.promptcanvas.inference.encode.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reasoning-segmentation answer (Seg-Zero-style): {@code <think>..</think><answer>{"bbox": [x1, y1, x2,
 * y2], "points_1": [x, y], "points_2": [x, y]}</answer>}, also {@code bbox_2d} / {@code point_2d} / {@code points}
 * keys, a list of objects (the first is used), single quotes, trailing commas, a missing {@code </answer>}.
 * Coordinates stay in the model's frame. Total: problems become diagnostics.
 */
final class BoxAndPoints {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS).build();
    private static final Pattern THINK = Pattern.compile("(?s)<think>(.*?)(</think>|$)");
    private static final Pattern ANSWER = Pattern.compile("(?s)<answer>(.*?)(</answer>|$)");
    private static final Pattern POINT_KEY = Pattern.compile("points?_?\\d*|point_2d|points_2d");

    /** What was read: the box (null when none) and the points, both in model coordinates. */
    record Read(String thinking, double[] box, List<double[]> points) {
    }

    private BoxAndPoints() {
    }

    static Read parse(String raw, List<Diagnostic> notes) {
        String text = raw == null ? "" : raw;
        Matcher t = THINK.matcher(text);
        String thinking = t.find() ? t.group(1).strip() : "";
        Matcher a = ANSWER.matcher(text);
        String body;
        if (a.find()) {
            body = a.group(1);
            if (a.group(2).isEmpty()) {
                notes.add(Diagnostic.info("answer-unclosed", "<answer> is not closed (answer truncated?)"));
            }
        } else {
            body = THINK.matcher(text).replaceAll("");
            if (text.contains("<think>")) {
                notes.add(Diagnostic.info("no-answer-tag", "no <answer>..</answer>; the text after the reasoning"
                        + " was read"));
            }
        }
        JsonNode node = json(body, notes);
        if (node == null) {
            return new Read(thinking, null, List.of());
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                notes.add(Diagnostic.error("answer-empty", "the answer's JSON list is empty"));
                return new Read(thinking, null, List.of());
            }
            if (node.size() > 1) {
                notes.add(Diagnostic.info("several-objects", node.size() + " objects in the answer; the first is"
                        + " used"));
            }
            node = node.get(0);
        }
        JsonNode obj = node;
        if (!obj.isObject()) {
            notes.add(Diagnostic.error("answer-not-object", "the answer's JSON is not an object with bbox and points"));
            return new Read(thinking, null, List.of());
        }
        double[] box = null;
        for (String k : List.of("bbox", "bbox_2d", "box", "box_2d")) {
            if (obj.has(k)) {
                box = numbers(obj.get(k), 4, k, notes);
                break;
            }
        }
        List<double[]> points = new ArrayList<>();
        obj.fieldNames().forEachRemaining(k -> {
            if (!POINT_KEY.matcher(k).matches()) {
                return;
            }
            JsonNode v = obj.get(k);
            if (v.isArray() && v.size() > 0 && v.get(0).isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    double[] p = numbers(v.get(i), 2, k + "[" + i + "]", notes);
                    if (p != null) {
                        points.add(p);
                    }
                }
            } else {
                double[] p = numbers(v, 2, k, notes);
                if (p != null) {
                    points.add(p);
                }
            }
        });
        if (box == null && points.isEmpty()) {
            notes.add(Diagnostic.error("no-box-or-points", "the answer holds neither a bbox nor points"));
        }
        return new Read(thinking, box, points);
    }

    private static JsonNode json(String body, List<Diagnostic> notes) {
        int start = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{' || c == '[') {
                start = i;
                break;
            }
        }
        if (start < 0) {
            notes.add(Diagnostic.error("no-json", "no JSON object in the answer"));
            return null;
        }
        String s = body.substring(start).replaceAll("```\\s*$", "").strip();
        try {
            return LENIENT.readerFor(JsonNode.class).readValue(s);
        } catch (java.io.IOException e) {
            notes.add(Diagnostic.error("json-malformed", "the answer's JSON cannot be read: "
                    + e.getMessage().lines().findFirst().orElse("")));
            return null;
        }
    }

    private static double[] numbers(JsonNode v, int n, String key, List<Diagnostic> notes) {
        if (v == null || !v.isArray() || v.size() != n) {
            notes.add(Diagnostic.warning("bad-coordinates", key + ": expected " + n + " numbers, got " + v));
            return null;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (!v.get(i).isNumber() || !Double.isFinite(v.get(i).asDouble())) {
                notes.add(Diagnostic.warning("bad-coordinates", key + "[" + i + "]: not a number (" + v.get(i) + ")"));
                return null;
            }
            out[i] = v.get(i).asDouble();
        }
        return out;
    }
}
