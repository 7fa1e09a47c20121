package dev.promptcanvas.annotations.formats.support;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.mask.EllipseOutline;
import dev.promptcanvas.annotations.mask.MaskTracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A region's outer rings as flat x,y arrays, for formats that hold polygons without holes (YOLO, ViP-LLaVA). */
public final class OuterRings {

    private OuterRings() {
    }

    /**
     * Boxes as 4 corners, ellipses as their outline, polygons' and traced masks' outer rings (holes dropped); an
     * empty list for an empty mask. Other geometries are not regions: the caller filters them out first.
     */
    public static List<double[]> of(Geometry g, double tolerance) {
        if (g instanceof Box b) {
            return List.of(new double[] {b.x1(), b.y1(), b.x2(), b.y1(), b.x2(), b.y2(), b.x1(), b.y2()});
        } else if (g instanceof Ellipse e) {
            return List.of(EllipseOutline.sample(e));
        }
        Polygon polygon;
        if (g instanceof Mask m) {
            Optional<Polygon> traced = MaskTracer.trace(m.rle(), tolerance);
            if (traced.isEmpty()) {
                return List.of();
            }
            polygon = traced.get();
        } else {
            polygon = (Polygon) g;
        }
        List<double[]> rings = new ArrayList<>();
        for (PolygonPart part : polygon.parts()) {
            rings.add(part.shell().coordinates());
        }
        return rings;
    }
}
