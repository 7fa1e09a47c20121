package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.geometry.Geometry;

/** Something a tool wants drawn while it works: a shape in progress, a prompt gesture, or the brush cursor. */
public record PreviewShape(Geometry geometry, Style style) {

    /** How a preview is drawn. */
    public enum Style {
        /** A shape being drawn, in the current label's colour. */
        SHAPE,
        /** A positive prompt (green). */
        POSITIVE,
        /** A negative prompt (red). */
        NEGATIVE,
        /** A neutral prompt gesture such as a prompt box or arrow (yellow). */
        PROMPT,
        /** The brush or eraser outline. */
        CURSOR
    }
}
