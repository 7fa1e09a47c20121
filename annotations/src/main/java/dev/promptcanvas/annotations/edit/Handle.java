package dev.promptcanvas.annotations.edit;

/**
 * A draggable point of a shape, in image pixels.
 *
 * @param kind what the handle moves
 * @param part polygon part (0 for other shapes)
 * @param ring ring within the part: 0 = shell, k = hole k-1 (0 for other shapes)
 * @param index vertex index, box corner (0 top-left, clockwise) or edge (0 top, 1 right, 2 bottom, 3 left)
 */
public record Handle(Kind kind, int part, int ring, int index, double x, double y) {

    /** What a handle moves. */
    public enum Kind {
        BOX_CORNER, BOX_EDGE, VERTEX, POLYLINE_VERTEX, POINT, ARROW_TAIL, ARROW_HEAD, ELLIPSE_RX, ELLIPSE_RY
    }
}
