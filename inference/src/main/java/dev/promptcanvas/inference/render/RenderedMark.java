package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;

/**
 * One mark drawn for one region.
 *
 * @param regionIndex 0-based index of the region in the request
 * @param label       the Set-of-Mark label ("1", "2", ... or "a", "b", ...); empty for other styles
 * @param phrase      the words that refer to the mark ("within the red rectangle", "mark 3", ...)
 * @param shape       what was drawn ("rectangle", "arrow", "blur-reverse", "som-label", ...)
 * @param color       the colour used (null for styles that draw no colour, such as blur-reverse)
 * @param alpha       opacity 0..255 the colour was composited with
 * @param drawn       the drawn shape in image pixels (a Box for a rectangle, an Arrow, an Ellipse for a point, a
 *                    Polygon for a triangle, a Polyline sampled along a scribble, the region for a mask...)
 * @param labelBox    where a Set-of-Mark label was placed; null otherwise
 */
public record RenderedMark(int regionIndex, String label, String phrase, String shape, PromptColor color, int alpha,
                           Geometry drawn, Box labelBox) {

    public RenderedMark {
        label = label == null ? "" : label;
        phrase = phrase == null ? "" : phrase;
    }
}
