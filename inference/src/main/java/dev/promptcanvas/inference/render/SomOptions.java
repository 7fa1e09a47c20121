package dev.promptcanvas.inference.render;

/**
 * Set-of-Mark drawing options.
 *
 * @param letters     label with letters (a, b, ..., z, aa, ...) instead of numbers (1, 2, ...)
 * @param outline     draw each region's outline in its colour
 * @param fill        fill each region with its colour at {@code fillAlpha}
 * @param fillAlpha   opacity 0..255 of the fill
 * @param labelScale  multiplies the label size (1 = glyphs about 2 % of the longer image side tall, at least 14 px)
 */
public record SomOptions(boolean letters, boolean outline, boolean fill, int fillAlpha, double labelScale) {

    public SomOptions {
        if (fillAlpha < 0 || fillAlpha > 255) {
            throw new IllegalArgumentException("Set-of-Mark: fill alpha must be within 0..255, got " + fillAlpha);
        }
        if (!(labelScale > 0)) {
            throw new IllegalArgumentException("Set-of-Mark: label scale must be > 0, got " + labelScale);
        }
    }

    /** Numbers, outlines on, fill off. */
    public static SomOptions defaults() {
        return new SomOptions(false, true, false, 72, 1.0);
    }

    public SomOptions withFill(boolean on) {
        return new SomOptions(letters, outline, on, fillAlpha, labelScale);
    }

    public SomOptions withOutline(boolean on) {
        return new SomOptions(letters, on, fill, fillAlpha, labelScale);
    }

    public SomOptions withLetters(boolean on) {
        return new SomOptions(on, outline, fill, fillAlpha, labelScale);
    }
}
