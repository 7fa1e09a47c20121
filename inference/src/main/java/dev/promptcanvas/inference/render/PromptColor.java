package dev.promptcanvas.inference.render;

import java.util.Locale;

/** A named opaque colour used by a visual prompt; {@code rgb} is 0xRRGGBB. */
public record PromptColor(String name, int rgb) {

    public PromptColor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("colour: name is required");
        }
        rgb &= 0xFFFFFF;
    }

    public static PromptColor of(String name, int r, int g, int b) {
        return new PromptColor(name, (r << 16) | (g << 8) | b);
    }

    public int red() {
        return (rgb >> 16) & 0xFF;
    }

    public int green() {
        return (rgb >> 8) & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }

    /** Relative luminance in [0, 1] (sRGB, WCAG formula). */
    public double luminance() {
        return 0.2126 * linear(red()) + 0.7152 * linear(green()) + 0.0722 * linear(blue());
    }

    /** Black or white, whichever contrasts more with this colour (for text drawn on it). */
    public PromptColor contrastingText() {
        double l = luminance();
        double withBlack = (l + 0.05) / 0.05;
        double withWhite = 1.05 / (l + 0.05);
        return withBlack >= withWhite ? PromptColors.BLACK : PromptColors.WHITE;
    }

    /** {@code #rrggbb}. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
