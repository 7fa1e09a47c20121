package dev.promptcanvas.annotations.formats.coco;

import dev.promptcanvas.annotations.formats.support.ImageBounds;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a COCO segmentation (or a bare bbox) into a geometry on its image.
 *
 * <ul>
 *   <li>polygons become one {@link Polygon} with each ring its own part (COCO unions the rings); a single ring
 *       that is an axis-aligned rectangle (4 vertices) becomes a {@link Box} - the same region;</li>
 *   <li>RLE (compressed string or list of counts) becomes a {@link Mask}; its size must be the image's;</li>
 *   <li>an annotation with only a bbox (or an empty segmentation list, as CVAT writes for rectangles) becomes a
 *       {@link Box};</li>
 *   <li>vector shapes are then fitted to the image by {@link ImageBounds} (clipped).</li>
 * </ul>
 */
final class CocoGeometries {

    private CocoGeometries() {
    }

    static Geometry build(RawEntries.Annotation a, RawEntries.Image image) throws InvalidFieldException {
        String field = a.path() + ".segmentation";
        RawSegmentation s = a.segmentation();
        Geometry g;
        if (s instanceof RawSegmentation.Polygons polygons) {
            g = polygonOrBox(polygons.rings());
            if (polygons.within(image.width(), image.height())) {
                return g;
            }
        } else if (s instanceof RawSegmentation.CompressedRle rle) {
            requireImageSize(rle.height(), rle.width(), image, field);
            g = mask(() -> Rle.fromString(rle.counts(), rle.height(), rle.width()), field);
        } else if (s instanceof RawSegmentation.CountsRle rle) {
            requireImageSize(rle.height(), rle.width(), image, field);
            g = mask(() -> Rle.ofCounts(rle.height(), rle.width(), rle.counts()), field);
        } else {
            double[] b = a.bbox();
            field = a.path() + ".bbox";
            g = Box.ofXywh(b[0], b[1], b[2], b[3]);
        }
        return ImageBounds.fit(g, image.width(), image.height(), field);
    }

    private static Geometry polygonOrBox(List<double[]> rings) {
        if (rings.size() == 1 && isAxisAlignedRectangle(rings.get(0))) {
            double[] r = rings.get(0);
            return Box.ofCorners(r[0], r[1], r[4], r[5]);
        }
        List<PolygonPart> parts = new ArrayList<>(rings.size());
        for (double[] ring : rings) {
            parts.add(PolygonPart.of(Ring.of(ring)));
        }
        return new Polygon(parts);
    }

    static boolean isAxisAlignedRectangle(double[] r) {
        if (r.length != 8) {
            return false;
        }
        boolean horizontalFirst = r[1] == r[3] && r[2] == r[4] && r[5] == r[7] && r[6] == r[0];
        boolean verticalFirst = r[0] == r[2] && r[3] == r[5] && r[4] == r[6] && r[7] == r[1];
        return horizontalFirst || verticalFirst;
    }

    private static void requireImageSize(int h, int w, RawEntries.Image image, String field)
            throws InvalidFieldException {
        if (h != image.height() || w != image.width()) {
            throw new InvalidFieldException(field + ".size", "[" + h + ", " + w + "] does not match image "
                    + image.id() + " (" + image.fileName() + "), whose [height, width] is [" + image.height() + ", "
                    + image.width() + "]");
        }
    }

    /** Builds an RLE whose counts may be inconsistent. */
    private interface RleSource {
        Rle get();
    }

    private static Mask mask(RleSource source, String field) throws InvalidFieldException {
        try {
            return new Mask(source.get());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field + ".counts", e.getMessage());
        }
    }
}
