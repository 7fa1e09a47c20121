package dev.promptcanvas.annotations.formats.labelme;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.support.ImageBounds;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One LabelMe shape to a label, a geometry and attributes.
 *
 * <p>polygon → Polygon; rectangle (two corners) → Box; circle (centre, a point on the circle) → circular Ellipse;
 * line and linestrip → Polyline (a line marked {@code "promptcanvas_geometry": "arrow"} → Arrow); point → Point;
 * mask (a base64 PNG of the shape's box, placed at {@code points[0]}) → Mask. A missing shape_type means polygon,
 * as in LabelMe. {@code group_id}, {@code description} and each flag become attributes ({@code group_id},
 * {@code description}, {@code flag.NAME}); an {@code attributes} object and a {@code score} (written by our
 * exporter) are read back.
 */
final class LabelMeShapes {

    /** The attribute keys LabelMe's own fields map to. */
    static final String GROUP_ID = "group_id";
    static final String DESCRIPTION = "description";
    static final String FLAG_PREFIX = "flag.";
    /** Extra shape key our exporter writes so an arrow survives as a LabelMe line. */
    static final String KIND_KEY = "promptcanvas_geometry";

    /** A shape as read. */
    record Parsed(String label, Geometry geometry, Map<String, String> attributes, Double score) {
    }

    private LabelMeShapes() {
    }

    static Parsed parse(JsonNode shape, String base, int imageWidth, int imageHeight) throws InvalidFieldException {
        if (!shape.isObject()) {
            throw new InvalidFieldException(base, "must be an object, got " + JsonNodes.describe(shape));
        }
        String label = JsonNodes.nonBlankText(JsonNodes.required(shape, "label", base), base + ".label");
        JsonNode typeNode = JsonNodes.optional(shape, "shape_type");
        String type = typeNode == null ? "polygon" : JsonNodes.text(typeNode, base + ".shape_type");
        double[] xy = points(JsonNodes.required(shape, "points", base), base + ".points");
        Geometry g = geometry(shape, type, xy, base, imageWidth, imageHeight);
        g = ImageBounds.fit(g, imageWidth, imageHeight, base + ".points");
        JsonNode scoreNode = JsonNodes.optional(shape, "score");
        Double score = scoreNode == null ? null : JsonNodes.number(scoreNode, base + ".score");
        return new Parsed(label, g, attributes(shape, base), score);
    }

    private static Geometry geometry(JsonNode shape, String type, double[] xy, String base, int width, int height)
            throws InvalidFieldException {
        int n = xy.length / 2;
        String field = base + ".points";
        switch (type) {
            case "polygon":
                requirePoints(n, n >= 3, "a polygon needs at least 3 points", field);
                return Polygon.of(xy);
            case "rectangle":
                requirePoints(n, n == 2, "a rectangle needs 2 points (opposite corners)", field);
                return Box.ofCorners(xy[0], xy[1], xy[2], xy[3]);
            case "circle":
                requirePoints(n, n == 2, "a circle needs 2 points (centre, a point on the circle)", field);
                return Ellipse.circle(xy[0], xy[1], Math.hypot(xy[2] - xy[0], xy[3] - xy[1]));
            case "line":
                requirePoints(n, n == 2, "a line needs 2 points", field);
                JsonNode kind = JsonNodes.optional(shape, KIND_KEY);
                if (kind != null && "arrow".equals(kind.asText())) {
                    return new Arrow(new Point(xy[0], xy[1]), new Point(xy[2], xy[3]));
                }
                return Polyline.of(xy);
            case "linestrip":
                requirePoints(n, n >= 2, "a linestrip needs at least 2 points", field);
                return Polyline.of(xy);
            case "point":
                requirePoints(n, n == 1, "a point needs 1 point", field);
                return new Point(xy[0], xy[1]);
            case "mask":
                requirePoints(n, n >= 1, "a mask needs its top-left corner as points[0]", field);
                return mask(shape, xy, base, width, height);
            default:
                throw new InvalidFieldException(base + ".shape_type", "unknown shape type \"" + type
                        + "\" (expected polygon, rectangle, circle, line, linestrip, point or mask)");
        }
    }

    private static void requirePoints(int n, boolean ok, String rule, String field) throws InvalidFieldException {
        if (!ok) {
            throw new InvalidFieldException(field, rule + ", has " + n);
        }
    }

    private static Mask mask(JsonNode shape, double[] xy, String base, int width, int height)
            throws InvalidFieldException {
        String field = base + ".mask";
        String encoded = JsonNodes.text(JsonNodes.required(shape, "mask", base), field);
        byte[] png;
        try {
            png = Base64.getMimeDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "is not valid base64: " + e.getMessage());
        }
        PngMaskDecoder.Decoded decoded;
        try {
            decoded = PngMaskDecoder.decode(png);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
        int x = (int) Math.round(xy[0]);
        int y = (int) Math.round(xy[1]);
        if (x >= width || y >= height || x + decoded.width() <= 0 || y + decoded.height() <= 0) {
            throw new InvalidFieldException(base + ".points", "the " + decoded.width() + "x" + decoded.height()
                    + " mask placed at (" + x + ", " + y + ") lies wholly outside the " + width + "x" + height
                    + " image");
        }
        MaskPatch patch = new MaskPatch(x, y, decoded.width(), decoded.height(), decoded.foreground());
        return new Mask(patch.place(height, width));
    }

    private static double[] points(JsonNode points, String field) throws InvalidFieldException {
        if (!points.isArray()) {
            throw new InvalidFieldException(field, "must be a list of [x, y] points, got "
                    + JsonNodes.describe(points));
        }
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            String at = field + "[" + i + "]";
            if (!p.isArray() || p.size() != 2) {
                throw new InvalidFieldException(at, "must be a point [x, y], got " + (p.isArray()
                        ? "a list of " + p.size() + " values" : JsonNodes.describe(p)));
            }
            xy[2 * i] = JsonNodes.number(p.get(0), at + "[0]");
            xy[2 * i + 1] = JsonNodes.number(p.get(1), at + "[1]");
        }
        return xy;
    }

    private static Map<String, String> attributes(JsonNode shape, String base) throws InvalidFieldException {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode group = JsonNodes.optional(shape, "group_id");
        if (group != null) {
            out.put(GROUP_ID, Long.toString(JsonNodes.integer(group, base + ".group_id")));
        }
        JsonNode description = JsonNodes.optional(shape, "description");
        if (description != null) {
            String text = JsonNodes.text(description, base + ".description");
            if (!text.isEmpty()) {
                out.put(DESCRIPTION, text);
            }
        }
        JsonNode flags = JsonNodes.optional(shape, "flags");
        if (flags != null) {
            requireObject(flags, base + ".flags");
            for (Map.Entry<String, JsonNode> e : flags.properties()) {
                if (!e.getValue().isNull()) {
                    out.put(FLAG_PREFIX + e.getKey(), scalar(e.getValue()));
                }
            }
        }
        JsonNode extra = JsonNodes.optional(shape, "attributes");
        if (extra != null) {
            requireObject(extra, base + ".attributes");
            for (Map.Entry<String, JsonNode> e : extra.properties()) {
                if (!e.getValue().isNull()) {
                    out.putIfAbsent(e.getKey(), scalar(e.getValue()));
                }
            }
        }
        return out;
    }

    private static void requireObject(JsonNode node, String field) throws InvalidFieldException {
        if (!node.isObject()) {
            throw new InvalidFieldException(field, "must be an object, got " + JsonNodes.describe(node));
        }
    }

    private static String scalar(JsonNode v) {
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
