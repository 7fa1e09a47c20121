package dev.promptcanvas.annotations.geometry;

/**
 * A shape in image pixel coordinates (origin at the top-left corner, x right, y down, pixel centres at +0.5).
 *
 * <p>The family is sealed and every member is immutable; operations return new values. Bounding boxes and areas
 * come from {@link GeometryMeasures}.
 */
public sealed interface Geometry permits Box, Polygon, Mask, Point, Polyline, Arrow, Ellipse {

    /** The short, stable name of this kind of geometry ("box", "polygon", ...), as stored and exported. */
    String kind();

    /** The smallest axis-aligned box that contains this geometry. */
    default Box bounds() {
        return GeometryMeasures.bounds(this);
    }

    /** This geometry moved by (dx, dy) pixels. */
    Geometry translate(double dx, double dy);
}
