package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * FGVP's crop prompts: the region's box grown by {@code expandRatio} of the image on each side (clamped, as
 * FGVP's {@code expand_boxes}), cut out, then {@code crop} (as is), {@code cpt} (all tinted), {@code cpt_seg}
 * (region tinted), {@code ov_seg} (solid colour outside the region) or {@code blur_seg} (blurred outside it).
 */
final class FgvpCrops {

    private FgvpCrops() {
    }

    static RenderResult render(VisualPromptStyle style, BufferedImage image, List<Geometry> regions,
                               RenderOptions options) {
        if (regions.size() != 1) {
            throw new IllegalArgumentException(style.id() + " takes exactly one region, got " + regions.size());
        }
        FgvpOptions o = options.fgvp();
        BufferedImage full = Pixels.copyToRgb(image);
        int w = full.getWidth();
        int h = full.getHeight();
        double k = o.scale(w, h);
        Geometry region = regions.get(0);
        RegionRaster raster = RegionRasters.require(region, 0, w, h, Math.max(2, 8 * k));
        Box crop = cropBox(RegionRasters.boxOf(region, raster), o.expandRatio(), w, h);
        int cx = (int) crop.x1();
        int cy = (int) crop.y1();
        int cw = (int) crop.width();
        int ch = (int) crop.height();
        BufferedImage out = Pixels.crop(full, cx, cy, cw, ch);
        int[] px = Pixels.data(out);
        byte[] inside = new byte[cw * ch];
        for (int j = 0; j < ch; j++) {
            for (int i = 0; i < cw; i++) {
                inside[j * cw + i] = raster.contains(cx + i, cy + j) ? (byte) 1 : 0;
            }
        }
        PromptColor fill = options.color() != null ? options.color() : o.maskColor();
        String phrase = "in the image";
        switch (style) {
            case FGVP_CROP -> {
            }
            case FGVP_CROP_COLOR -> {
                for (int i = 0; i < px.length; i++) {
                    px[i] = Pixels.weighted(px[i], fill.rgb(), o.alpha());
                }
                phrase = "in the image (tinted " + fill.name() + ")";
            }
            case FGVP_CROP_COLOR_MASK -> {
                FgvpRenderer.paintWeighted(px, inside, (byte) 1, fill.rgb(), o.alpha());
                phrase = "in the region highlighted in " + fill.name();
            }
            case FGVP_CROP_REVERSE_FILL -> {
                for (int i = 0; i < px.length; i++) {
                    if (inside[i] == 0) {
                        px[i] = fill.rgb();
                    }
                }
                phrase = "in the region not painted " + fill.name();
            }
            case FGVP_CROP_BLUR_REVERSE -> {
                int[] blurred = Pixels.data(GaussianBlur.blur(out, o.blurSigma() * k));
                for (int i = 0; i < px.length; i++) {
                    if (inside[i] == 0) {
                        px[i] = blurred[i];
                    }
                }
                phrase = "in the sharp region (the rest is blurred)";
            }
            default -> throw new IllegalArgumentException("not an FGVP crop style: " + style.id());
        }
        boolean colored = style != VisualPromptStyle.FGVP_CROP && style != VisualPromptStyle.FGVP_CROP_BLUR_REVERSE;
        RenderedMark mark = new RenderedMark(0, "", phrase, style.id().substring("fgvp-".length()),
                colored ? fill : null, colored ? (int) Math.round(o.alpha() * 255) : 0, region, null);
        return new RenderResult(style, out, List.of(mark), crop, null);
    }

    /** The crop rectangle in whole pixels: box grown by ratio * (W, H), clamped to [0, W-1] x [0, H-1], never empty. */
    static Box cropBox(Box b, double ratio, int w, int h) {
        int x1 = (int) Math.max(0, Math.min(w - 1, b.x1() - ratio * w));
        int y1 = (int) Math.max(0, Math.min(h - 1, b.y1() - ratio * h));
        int x2 = (int) Math.max(0, Math.min(w - 1, b.x2() + ratio * w));
        int y2 = (int) Math.max(0, Math.min(h - 1, b.y2() + ratio * h));
        if (x2 <= x1) {
            x2 = Math.min(w, x1 + 1);
        }
        if (y2 <= y1) {
            y2 = Math.min(h, y1 + 1);
        }
        return new Box(x1, y1, x2, y2);
    }
}
