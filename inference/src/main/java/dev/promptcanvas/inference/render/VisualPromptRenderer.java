package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Geometry;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The entry point for visual prompts: draws a style's marks for one or more regions on a copy of an image and
 * returns the image with, per region, the phrase that refers to the mark. Pure and deterministic: the same image,
 * regions, style and options (seed included) give the same pixels.
 */
public final class VisualPromptRenderer {

    private VisualPromptRenderer() {
    }

    /**
     * Renders a style.
     *
     * @param image   {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} (any type works; alpha is dropped)
     * @param regions regions in the image's pixel coordinates, at least one (exactly one for crops and FALIP)
     * @throws IllegalArgumentException for an empty region list, a region outside the image, a mask of another size
     */
    public static RenderResult render(VisualPromptStyle style, BufferedImage image, List<? extends Geometry> regions,
                                      RenderOptions options) {
        if (style == null) {
            throw new IllegalArgumentException("style is required");
        }
        if (image == null) {
            throw new IllegalArgumentException("image is required");
        }
        if (regions == null || regions.isEmpty()) {
            throw new IllegalArgumentException(style.id() + ": at least one region is required");
        }
        List<Geometry> list = List.copyOf(regions);
        RenderOptions o = options == null ? RenderOptions.defaults() : options;
        return switch (style.family()) {
            case VIP, VIP_CONSTANT -> VipRenderer.render(style, image, list, o);
            case FGVP -> FgvpRenderer.render(style, image, list, o);
            case SOM -> SetOfMarkRenderer.render(image, list, o);
            case FALIP -> FalipRenderer.render(image, list, o);
        };
    }

    /** {@link #render(VisualPromptStyle, BufferedImage, List, RenderOptions)} for one region with default options. */
    public static RenderResult render(VisualPromptStyle style, BufferedImage image, Geometry region, long seed) {
        return render(style, image, List.of(region), RenderOptions.defaults().withSeed(seed));
    }
}
