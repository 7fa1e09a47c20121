package dev.promptcanvas.annotations.mask;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;

/** Area-bearing geometries as COCO RLE masks of a given image size, and the COCO area and box that follow. */
public final class Masks {

    private Masks() {
    }

    /**
     * The mask of a box, polygon (holes honoured), ellipse or mask by COCO's rasterisation rule. A mask comes back
     * as it is and must already have the requested size; points, polylines and arrows have no area and are refused.
     */
    public static Rle fromGeometry(Geometry geometry, int height, int width) {
        if (geometry instanceof Box b) {
            return PolygonRasterizer.rasterize(b, height, width);
        } else if (geometry instanceof Polygon p) {
            return PolygonRasterizer.rasterize(p, height, width);
        } else if (geometry instanceof Ellipse e) {
            return PolygonRasterizer.rasterize(e, height, width);
        } else if (geometry instanceof Mask m) {
            if (m.height() != height || m.width() != width) {
                throw new IllegalArgumentException("mask of size [" + m.height() + ", " + m.width()
                        + "] does not match the image size [" + height + ", " + width + "]");
            }
            return m.rle();
        }
        throw new IllegalArgumentException("a " + (geometry == null ? "missing geometry" : geometry.kind())
                + " has no area and cannot become a mask");
    }

    /** The pixel count COCO's tools compute for this geometry on an image of the given size. */
    public static long cocoArea(Geometry geometry, int height, int width) {
        return fromGeometry(geometry, height, width).area();
    }

    /** COCO's [x, y, w, h] box of the rasterised geometry (pycocotools' {@code toBbox}; zeros when empty). */
    public static double[] cocoBbox(Geometry geometry, int height, int width) {
        return fromGeometry(geometry, height, width).bboxXywh();
    }
}
