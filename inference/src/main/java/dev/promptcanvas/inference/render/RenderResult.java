package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Box;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a render: the new image ({@code TYPE_INT_RGB}; the input is never modified), one mark per region
 * with the phrase that refers to it, and style-specific extras.
 *
 * @param crop      for FGVP crop styles, the rectangle of the input the image was cut from; null otherwise
 * @param patchGrid for the FALIP style, the region as a ViT patch grid; null otherwise
 */
public record RenderResult(VisualPromptStyle style, BufferedImage image, List<RenderedMark> marks, Box crop,
                           PatchGrid patchGrid) {

    public RenderResult {
        marks = List.copyOf(marks);
    }

    /** The marks' phrases joined with "; " (one region: its phrase). */
    public String phrase() {
        return marks.stream().map(RenderedMark::phrase).collect(Collectors.joining("; "));
    }

    /** Set-of-Mark label → 0-based region index, in label order (empty for styles without labels). */
    public Map<String, Integer> labelToRegion() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (RenderedMark m : marks) {
            if (!m.label().isEmpty()) {
                map.put(m.label(), m.regionIndex());
            }
        }
        return map;
    }
}
