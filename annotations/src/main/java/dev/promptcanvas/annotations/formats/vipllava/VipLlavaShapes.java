package dev.promptcanvas.annotations.formats.vipllava;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;

/** Which geometries are ViP-LLaVA regions (their {@code segmentations} come from {@code OuterRings}). */
final class VipLlavaShapes {

    private VipLlavaShapes() {
    }

    static boolean isRegion(Geometry g) {
        return g instanceof Box || g instanceof Polygon || g instanceof Ellipse || g instanceof Mask m && m.area() > 0;
    }
}
