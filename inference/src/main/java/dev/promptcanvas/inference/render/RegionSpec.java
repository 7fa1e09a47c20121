package dev.promptcanvas.inference.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Regions written as JSON (the CLI's {@code --region}): one object or an array of objects, each with exactly one of
 * <pre>
 *   {"box": [x1, y1, x2, y2]}                      abs px, corners in any order
 *   {"polygon": [x, y, x, y, ...]}                 one ring; or [[ring], [ring], ...] (even-odd: holes)
 *   {"mask": {"size": [h, w], "counts": "..."}}    COCO RLE, compressed string or list of counts
 *   {"point": [x, y]}
 *   {"ellipse": [cx, cy, rx, ry]} or [cx, cy, rx, ry, angleDegrees]
 *   {"polyline": [x, y, x, y, ...]}
 * </pre>
 * Errors name the region and the field, e.g. {@code region[2].box: expected 4 numbers, got 3}.
 */
public final class RegionSpec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RegionSpec() {
    }

    /** Parses the JSON text; a single object gives a one-element list. */
    public static List<Geometry> parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("region: empty JSON");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("region: not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        List<Geometry> out = new ArrayList<>();
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw new IllegalArgumentException("region: the array is empty");
            }
            for (int i = 0; i < root.size(); i++) {
                out.add(one(root.get(i), "region[" + i + "]"));
            }
        } else {
            out.add(one(root, "region"));
        }
        return out;
    }

    private static Geometry one(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object like {\"box\":[x1,y1,x2,y2]}");
        }
        List<String> kinds = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (List.of("box", "polygon", "mask", "point", "ellipse", "polyline").contains(f)) {
                kinds.add(f);
            }
        }
        if (kinds.size() != 1) {
            throw new IllegalArgumentException(where + ": expected exactly one of box, polygon, mask, point, ellipse,"
                    + " polyline; found " + (kinds.isEmpty() ? "none" : kinds));
        }
        String kind = kinds.get(0);
        JsonNode v = node.get(kind);
        String field = where + "." + kind;
        try {
            return switch (kind) {
                case "box" -> {
                    double[] b = numbers(v, field, 4, 4);
                    yield Box.ofCorners(b[0], b[1], b[2], b[3]);
                }
                case "polygon" -> polygon(v, field);
                case "mask" -> mask(v, field);
                case "point" -> {
                    double[] p = numbers(v, field, 2, 2);
                    yield new Point(p[0], p[1]);
                }
                case "ellipse" -> {
                    double[] e = numbers(v, field, 4, 5);
                    yield new Ellipse(e[0], e[1], e[2], e[3], e.length == 5 ? e[4] : 0);
                }
                default -> Polyline.of(numbers(v, field, 4, Integer.MAX_VALUE));
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw e;
            }
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static Polygon polygon(JsonNode v, String field) {
        if (v != null && v.isArray() && !v.isEmpty() && v.get(0).isArray()) {
            List<PolygonPart> parts = new ArrayList<>();
            List<Ring> rings = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                rings.add(Ring.of(numbers(v.get(i), field + "[" + i + "]", 6, Integer.MAX_VALUE)));
            }
            // even-odd filling makes the part split irrelevant: one part holding every ring
            parts.add(new PolygonPart(rings.get(0), rings.subList(1, rings.size())));
            return new Polygon(parts);
        }
        return Polygon.of(numbers(v, field, 6, Integer.MAX_VALUE));
    }

    private static Mask mask(JsonNode v, String field) {
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException(field + ": expected {\"size\":[h,w],\"counts\":...}");
        }
        double[] size = numbers(v.get("size"), field + ".size", 2, 2);
        int h = (int) size[0];
        int w = (int) size[1];
        if (h != size[0] || w != size[1] || h <= 0 || w <= 0) {
            throw new IllegalArgumentException(field + ".size: expected two positive integers [h, w]");
        }
        JsonNode counts = v.get("counts");
        if (counts == null) {
            throw new IllegalArgumentException(field + ".counts: missing");
        }
        if (counts.isTextual()) {
            return new Mask(Rle.fromString(counts.asText(), h, w));
        }
        double[] c = numbers(counts, field + ".counts", 1, Integer.MAX_VALUE);
        int[] ints = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            ints[i] = (int) c[i];
        }
        return new Mask(Rle.ofCounts(h, w, ints));
    }

    private static double[] numbers(JsonNode v, String field, int min, int max) {
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException(field + ": expected an array of numbers");
        }
        if (v.size() < min || v.size() > max) {
            String want = min == max ? Integer.toString(min) : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " to " + max;
            throw new IllegalArgumentException(field + ": expected " + want + " numbers, got " + v.size());
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            if (!v.get(i).isNumber()) {
                throw new IllegalArgumentException(field + "[" + i + "]: not a number (" + v.get(i) + ")");
            }
            out[i] = v.get(i).asDouble();
        }
        return out;
    }
}
