package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;

/** Shared checks for renderers: a region must cover at least one pixel; a Box region keeps its exact corners. */
final class RegionRasters {

    private RegionRasters() {
    }

    /** The region rasterised, or an error naming the region when it covers no pixel of the image. */
    static RegionRaster require(Geometry region, int index, int width, int height, double pointRadius) {
        if (region == null) {
            throw new IllegalArgumentException("region " + index + " is missing");
        }
        RegionRaster raster = RegionRaster.of(region, width, height, pointRadius);
        if (raster.isEmpty()) {
            throw new IllegalArgumentException("region " + index + " (" + region.kind() + ") covers no pixel of the "
                    + width + "x" + height + " image");
        }
        return raster;
    }

    /** The box a shape is drawn around: a Box region itself, else the tight box of the region's pixels. */
    static Box boxOf(Geometry region, RegionRaster raster) {
        return region instanceof Box b ? b : raster.bounds();
    }
}
