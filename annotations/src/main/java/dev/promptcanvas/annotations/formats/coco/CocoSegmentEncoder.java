package dev.promptcanvas.annotations.formats.coco;

import dev.promptcanvas.annotations.formats.MaskEncoding;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.mask.EllipseOutline;
import dev.promptcanvas.annotations.mask.MaskTracer;
import dev.promptcanvas.annotations.mask.PolygonRasterizer;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the COCO segmentation for a geometry and computes {@code area} and {@code bbox} exactly as pycocotools
 * would from what is written ({@code annToRLE} then {@code area} / {@code toBbox}): polygons are rasterised by
 * {@link PolygonRasterizer} (COCO's rule, rings unioned), RLE is measured directly.
 *
 * <ul>
 *   <li>Box: a 4-vertex polygon; Polygon: its rings; Ellipse: a polygon of {@link EllipseOutline}.</li>
 *   <li>Polygon with holes: RLE (COCO polygons cannot cut holes; every ring would be filled).</li>
 *   <li>Mask, encoding RLE or a crowd: compressed RLE. Encoding POLYGON: traced with {@link MaskTracer} at the
 *       tolerance; a mask whose outline has holes, or that traces to nothing, stays RLE.</li>
 *   <li>Point, Polyline, Arrow: no COCO instance form ({@link #encode} returns null).</li>
 * </ul>
 */
final class CocoSegmentEncoder {

    /** What to write: {@code polygons} or {@code rle} (the other is null), with pycocotools' area and bbox. */
    record Encoded(List<double[]> polygons, Rle rle, double area, double[] bbox) {
    }

    private final MaskEncoding encoding;
    private final double tolerance;

    CocoSegmentEncoder(MaskEncoding encoding, double tolerance) {
        this.encoding = encoding;
        this.tolerance = tolerance;
    }

    /** The segmentation for the geometry on a height x width image, or null if COCO instances cannot hold it. */
    Encoded encode(Geometry g, int height, int width, boolean crowd) {
        if (g instanceof Mask m) {
            return mask(m, height, width, crowd);
        } else if (g instanceof Polygon p) {
            if (p.hasHoles()) {
                return rle(PolygonRasterizer.rasterize(p, height, width));
            }
            List<double[]> rings = new ArrayList<>(p.parts().size());
            for (PolygonPart part : p.parts()) {
                rings.add(part.shell().coordinates());
            }
            return polygons(rings, height, width);
        } else if (g instanceof Box b) {
            return polygons(List.of(new double[] {b.x1(), b.y1(), b.x2(), b.y1(), b.x2(), b.y2(), b.x1(), b.y2()}),
                    height, width);
        } else if (g instanceof Ellipse e) {
            return polygons(List.of(EllipseOutline.sample(e)), height, width);
        }
        return null;
    }

    private Encoded mask(Mask m, int height, int width, boolean crowd) {
        Rle rle = m.rle();
        if (rle.height() != height || rle.width() != width) {
            throw new IllegalArgumentException("mask is " + rle.width() + "x" + rle.height() + " but its image is "
                    + width + "x" + height);
        }
        if (encoding == MaskEncoding.POLYGON && !crowd && rle.area() > 0) {
            Optional<Polygon> traced = MaskTracer.trace(rle, tolerance);
            if (traced.isPresent() && !traced.get().hasHoles()) {
                Encoded asPolygons = polygons(MaskTracer.toCocoRings(traced.get()), height, width);
                if (asPolygons.area() > 0) {
                    return asPolygons;
                }
            }
        }
        return rle(rle);
    }

    private static Encoded polygons(List<double[]> rings, int height, int width) {
        Rle raster = PolygonRasterizer.rasterize(rings, height, width);
        return new Encoded(rings, null, raster.area(), raster.bboxXywh());
    }

    private static Encoded rle(Rle rle) {
        return new Encoded(null, rle, rle.area(), rle.bboxXywh());
    }
}
