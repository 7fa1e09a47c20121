package dev.promptcanvas.annotations.formats.osprey;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.MaskEncoding;
import dev.promptcanvas.annotations.formats.support.JsonNumbers;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.mask.EllipseOutline;
import dev.promptcanvas.annotations.mask.MaskTracer;
import dev.promptcanvas.annotations.mask.Masks;
import dev.promptcanvas.annotations.mask.Rle;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A region's {@code segmentation} as pycocotools' {@code annToMask} reads it: compressed RLE
 * {@code {"size": [h, w], "counts": "..."}}, or with {@link MaskEncoding#POLYGON} a list of flat polygons where that
 * is exact enough (boxes, polygons and ellipses without holes, masks traced at the tolerance without holes).
 */
final class OspreySegments {

    private final MaskEncoding encoding;
    private final double tolerance;

    OspreySegments(MaskEncoding encoding, double tolerance) {
        this.encoding = encoding;
        this.tolerance = tolerance;
    }

    /** Whether the geometry is a region (has an area): boxes, polygons, masks and ellipses. */
    static boolean isRegion(Geometry g) {
        return (g instanceof Box || g instanceof Polygon || g instanceof Ellipse || g instanceof Mask m && m.area() > 0);
    }

    void write(JsonGenerator g, Geometry geometry, int height, int width) throws IOException {
        if (encoding == MaskEncoding.POLYGON) {
            List<double[]> rings = rings(geometry);
            if (rings != null) {
                g.writeStartArray();
                for (double[] ring : rings) {
                    JsonNumbers.writeArray(g, ring);
                }
                g.writeEndArray();
                return;
            }
        }
        Rle rle = Masks.fromGeometry(geometry, height, width);
        g.writeStartObject();
        g.writeArrayFieldStart("size");
        g.writeNumber(height);
        g.writeNumber(width);
        g.writeEndArray();
        g.writeStringField("counts", rle.toCompressedString());
        g.writeEndObject();
    }

    /** Polygon rings for the geometry, or null when only RLE is faithful (holes). */
    private List<double[]> rings(Geometry g) {
        if (g instanceof Box b) {
            return List.of(new double[] {b.x1(), b.y1(), b.x2(), b.y1(), b.x2(), b.y2(), b.x1(), b.y2()});
        } else if (g instanceof Ellipse e) {
            return List.of(EllipseOutline.sample(e));
        } else if (g instanceof Polygon p) {
            return p.hasHoles() ? null : MaskTracer.toCocoRings(p);
        } else if (g instanceof Mask m) {
            Optional<Polygon> traced = MaskTracer.trace(m.rle(), tolerance);
            return traced.isEmpty() || traced.get().hasHoles() ? null : MaskTracer.toCocoRings(traced.get());
        }
        return null;
    }
}
