package dev.promptcanvas.annotations.formats.labelme;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.MaskEncoding;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.mask.EllipseOutline;
import dev.promptcanvas.annotations.mask.MaskTracer;
import dev.promptcanvas.annotations.mask.PolygonRasterizer;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Writes an annotation as LabelMe shapes.
 *
 * <p>Box → rectangle; Polygon → one polygon shape per part (parts share a {@code group_id}); a polygon with holes →
 * mask (LabelMe polygons cannot cut holes); circle → circle; other ellipses → polygon; Point → point; Polyline →
 * line (2 points) or linestrip; Arrow → line tail → head, marked {@code "promptcanvas_geometry": "arrow"}; Mask →
 * mask shape (base64 PNG of its box, {@code points} = first and last pixel of the box) or, with
 * {@link MaskEncoding#POLYGON}, traced polygons unless the outline has holes. Attributes go back to
 * {@code group_id}, {@code description} and {@code flags}; others, and the score, are written as extra keys
 * ({@code attributes}, {@code score}), which LabelMe keeps when it saves.
 */
final class LabelMeShapeWriter {

    private final WriteOptions options;

    LabelMeShapeWriter(WriteOptions options) {
        this.options = options;
    }

    /** Writes the annotation's shapes; false when there is nothing to draw (an empty mask). */
    boolean write(JsonGenerator g, Annotation a, String label, int height, int width, IntSupplier newGroupId)
            throws IOException {
        Fields fields = Fields.of(a);
        Geometry geometry = a.geometry();
        if (geometry instanceof Box b) {
            shape(g, label, new double[] {b.x1(), b.y1(), b.x2(), b.y2()}, fields.groupId, "rectangle", fields,
                    null, false);
        } else if (geometry instanceof Polygon p) {
            if (p.hasHoles()) {
                return mask(g, label, PolygonRasterizer.rasterize(p, height, width), fields);
            }
            polygons(g, label, p, fields, newGroupId);
        } else if (geometry instanceof Ellipse e) {
            if (e.rx() == e.ry()) {
                shape(g, label, new double[] {e.cx(), e.cy(), e.cx() + e.rx(), e.cy()}, fields.groupId, "circle",
                        fields, null, false);
            } else {
                shape(g, label, EllipseOutline.sample(e), fields.groupId, "polygon", fields, null, false);
            }
        } else if (geometry instanceof Point pt) {
            shape(g, label, new double[] {pt.x(), pt.y()}, fields.groupId, "point", fields, null, false);
        } else if (geometry instanceof Polyline l) {
            shape(g, label, l.coordinates(), fields.groupId, l.size() == 2 ? "line" : "linestrip", fields, null,
                    false);
        } else if (geometry instanceof Arrow ar) {
            shape(g, label, new double[] {ar.tail().x(), ar.tail().y(), ar.head().x(), ar.head().y()},
                    fields.groupId, "line", fields, null, true);
        } else if (geometry instanceof Mask m) {
            if (m.height() != height || m.width() != width) {
                throw new IllegalArgumentException("annotation " + a.id() + ": mask is " + m.width() + "x"
                        + m.height() + " but its image is " + width + "x" + height);
            }
            if (options.maskEncoding() == MaskEncoding.POLYGON) {
                Optional<Polygon> traced = MaskTracer.trace(m.rle(), options.polygonTolerance());
                if (traced.isPresent() && !traced.get().hasHoles()) {
                    polygons(g, label, traced.get(), fields, newGroupId);
                    return true;
                }
            }
            return mask(g, label, m.rle(), fields);
        }
        return true;
    }

    private void polygons(JsonGenerator g, String label, Polygon p, Fields fields, IntSupplier newGroupId)
            throws IOException {
        Integer group = fields.groupId;
        if (group == null && p.parts().size() > 1) {
            group = newGroupId.getAsInt();
        }
        for (PolygonPart part : p.parts()) {
            shape(g, label, part.shell().coordinates(), group, "polygon", fields, null, false);
        }
    }

    private boolean mask(JsonGenerator g, String label, Rle rle, Fields fields) throws IOException {
        MaskPatch patch = MaskPatch.crop(rle);
        if (patch == null) {
            return false;
        }
        String png = Base64.getEncoder().encodeToString(PngMaskEncoder.encode(patch.pixels(), patch.width(),
                patch.height()));
        double[] corners = {patch.x(), patch.y(), patch.x() + patch.width() - 1, patch.y() + patch.height() - 1};
        shape(g, label, corners, fields.groupId, "mask", fields, png, false);
        return true;
    }

    private static void shape(JsonGenerator g, String label, double[] xy, Integer groupId, String type,
                              Fields fields, String maskPng, boolean arrow) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", label);
        g.writeArrayFieldStart("points");
        for (int i = 0; i < xy.length; i += 2) {
            g.writeStartArray();
            g.writeNumber(xy[i]);
            g.writeNumber(xy[i + 1]);
            g.writeEndArray();
        }
        g.writeEndArray();
        if (groupId == null) {
            g.writeNullField("group_id");
        } else {
            g.writeNumberField("group_id", groupId);
        }
        if (fields.description != null) {
            g.writeStringField("description", fields.description);
        }
        g.writeStringField("shape_type", type);
        g.writeObjectFieldStart("flags");
        for (Map.Entry<String, Boolean> f : fields.flags.entrySet()) {
            g.writeBooleanField(f.getKey(), f.getValue());
        }
        g.writeEndObject();
        if (maskPng != null) {
            g.writeStringField("mask", maskPng);
        }
        if (fields.score != null) {
            g.writeNumberField("score", fields.score);
        }
        if (!fields.rest.isEmpty()) {
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : fields.rest.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (arrow) {
            g.writeStringField(LabelMeShapes.KIND_KEY, "arrow");
        }
        g.writeEndObject();
    }

    /** An annotation's attributes split into LabelMe's own shape fields and the rest. */
    private static final class Fields {
        Integer groupId;
        String description;
        Double score;
        final Map<String, Boolean> flags = new LinkedHashMap<>();
        final Map<String, String> rest = new LinkedHashMap<>();

        static Fields of(Annotation a) {
            Fields f = new Fields();
            f.score = a.score();
            for (Map.Entry<String, String> e : a.attributes().entrySet()) {
                String key = e.getKey();
                String value = e.getValue();
                if (key.equals(LabelMeShapes.GROUP_ID) && value.matches("-?\\d{1,9}")) {
                    f.groupId = Integer.parseInt(value);
                } else if (key.equals(LabelMeShapes.DESCRIPTION)) {
                    f.description = value;
                } else if (key.startsWith(LabelMeShapes.FLAG_PREFIX)
                        && (value.equals("true") || value.equals("false"))) {
                    f.flags.put(key.substring(LabelMeShapes.FLAG_PREFIX.length()), Boolean.parseBoolean(value));
                } else {
                    f.rest.put(key, value);
                }
            }
            return f;
        }
    }
}
