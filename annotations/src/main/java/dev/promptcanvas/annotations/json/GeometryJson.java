package dev.promptcanvas.annotations.json;

import static dev.promptcanvas.annotations.json.JsonSupport.build;
import static dev.promptcanvas.annotations.json.JsonSupport.requireNumbers;
import static dev.promptcanvas.annotations.json.JsonSupport.requireObject;
import static dev.promptcanvas.annotations.json.JsonSupport.requireText;
import static dev.promptcanvas.annotations.json.JsonSupport.writeNumber;
import static dev.promptcanvas.annotations.json.JsonSupport.writeNumbers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Geometry as stable, explicit JSON, one object per shape with a {@code type} field:
 * <pre>
 * {"type":"box","xyxy":[x1,y1,x2,y2]}
 * {"type":"point","xy":[x,y]}
 * {"type":"polygon","parts":[{"shell":[x1,y1,...],"holes":[[x1,y1,...],...]}]}   (holes omitted when none)
 * {"type":"mask","size":[h,w],"counts":"pycocotools compressed string"}            (counts may also be read as
 *                                                                                   an array of run lengths)
 * {"type":"polyline","xy":[x1,y1,x2,y2,...]}
 * {"type":"arrow","tail":[x,y],"head":[x,y]}
 * {"type":"ellipse","center":[cx,cy],"radii":[rx,ry],"angle":degrees}
 * </pre>
 * Numbers are written exactly (whole numbers without a fraction); reading reports the path of a bad field.
 */
public final class GeometryJson {

    static final String ROOT = "geometry";

    private GeometryJson() {
    }

    public static String write(Geometry geometry) {
        return JsonSupport.toText(out -> write(out, geometry));
    }

    /** Parses {@link #write}'s output; a {@link JsonFieldException} names the field that is wrong. */
    public static Geometry read(String json) {
        return fromNode(JsonSupport.parse(json, ROOT), ROOT);
    }

    /** Writes one geometry object to a generator (for embedding in larger documents). */
    public static void write(JsonGenerator out, Geometry geometry) throws IOException {
        if (geometry == null) {
            throw new IllegalArgumentException("geometry: null cannot be written");
        }
        out.writeStartObject();
        out.writeStringField("type", geometry.kind());
        if (geometry instanceof Box b) {
            out.writeFieldName("xyxy");
            writeNumbers(out, b.x1(), b.y1(), b.x2(), b.y2());
        } else if (geometry instanceof Point p) {
            out.writeFieldName("xy");
            writeNumbers(out, p.x(), p.y());
        } else if (geometry instanceof Polygon p) {
            writePolygon(out, p);
        } else if (geometry instanceof Mask m) {
            MaskJson.writeFields(out, m);
        } else if (geometry instanceof Polyline l) {
            out.writeFieldName("xy");
            writeNumbers(out, l.coordinates());
        } else if (geometry instanceof Arrow a) {
            out.writeFieldName("tail");
            writeNumbers(out, a.tail().x(), a.tail().y());
            out.writeFieldName("head");
            writeNumbers(out, a.head().x(), a.head().y());
        } else if (geometry instanceof Ellipse e) {
            out.writeFieldName("center");
            writeNumbers(out, e.cx(), e.cy());
            out.writeFieldName("radii");
            writeNumbers(out, e.rx(), e.ry());
            out.writeFieldName("angle");
            writeNumber(out, e.angleDegrees());
        } else {
            throw new IllegalArgumentException("geometry: unknown kind " + geometry.getClass().getName());
        }
        out.writeEndObject();
    }

    /** Reads one geometry object; {@code path} prefixes field names in errors. */
    public static Geometry fromNode(JsonNode node, String path) {
        requireObject(node, path);
        String type = requireText(node, "type", path);
        switch (type) {
            case "box": {
                double[] c = requireNumbers(node, "xyxy", path, 4);
                return build(path, () -> new Box(c[0], c[1], c[2], c[3]));
            }
            case "point": {
                double[] c = requireNumbers(node, "xy", path, 2);
                return build(path, () -> new Point(c[0], c[1]));
            }
            case "polygon":
                return readPolygon(node, path);
            case "mask":
                return MaskJson.readFields(node, path);
            case "polyline": {
                double[] c = requireNumbers(node, "xy", path, -1);
                return build(path + ".xy", () -> Polyline.of(c));
            }
            case "arrow": {
                double[] tail = requireNumbers(node, "tail", path, 2);
                double[] head = requireNumbers(node, "head", path, 2);
                return build(path, () -> new Arrow(new Point(tail[0], tail[1]), new Point(head[0], head[1])));
            }
            case "ellipse": {
                double[] centre = requireNumbers(node, "center", path, 2);
                double[] radii = requireNumbers(node, "radii", path, 2);
                double angle = JsonSupport.requireDouble(node, "angle", path);
                return build(path, () -> new Ellipse(centre[0], centre[1], radii[0], radii[1], angle));
            }
            default:
                throw new JsonFieldException(path + ".type", "unknown geometry type '" + type
                        + "' (expected box, polygon, mask, point, polyline, arrow or ellipse)");
        }
    }

    private static void writePolygon(JsonGenerator out, Polygon polygon) throws IOException {
        out.writeArrayFieldStart("parts");
        for (PolygonPart part : polygon.parts()) {
            out.writeStartObject();
            out.writeFieldName("shell");
            writeNumbers(out, part.shell().coordinates());
            if (!part.holes().isEmpty()) {
                out.writeArrayFieldStart("holes");
                for (Ring hole : part.holes()) {
                    writeNumbers(out, hole.coordinates());
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static Polygon readPolygon(JsonNode node, String path) {
        JsonNode parts = JsonSupport.requireArray(node, "parts", path);
        List<PolygonPart> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String partPath = path + ".parts[" + i + "]";
            JsonNode part = requireObject(parts.get(i), partPath);
            double[] shell = requireNumbers(part, "shell", partPath, -1);
            Ring shellRing = build(partPath + ".shell", () -> Ring.of(shell));
            List<Ring> holes = new ArrayList<>();
            JsonNode holeArray = part.get("holes");
            if (holeArray != null && !holeArray.isNull()) {
                if (!holeArray.isArray()) {
                    throw new JsonFieldException(partPath + ".holes", "expected an array, found "
                            + JsonSupport.describe(holeArray));
                }
                for (int h = 0; h < holeArray.size(); h++) {
                    String holePath = partPath + ".holes[" + h + "]";
                    double[] xy = JsonSupport.numbers(holeArray.get(h), holePath, -1);
                    holes.add(build(holePath, () -> Ring.of(xy)));
                }
            }
            out.add(new PolygonPart(shellRing, holes));
        }
        return build(path + ".parts", () -> new Polygon(out));
    }
}
