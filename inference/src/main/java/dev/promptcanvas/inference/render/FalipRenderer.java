package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Geometry;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * FALIP-style patch prompt: the region becomes a ViT patch grid (the attention mask FALIP feeds to CLIP); the
 * image returned shows the grid's "on" patches tinted over the input, as a preview.
 */
final class FalipRenderer {

    private static final int PREVIEW_ALPHA = 110;

    private FalipRenderer() {
    }

    static RenderResult render(BufferedImage image, List<Geometry> regions, RenderOptions options) {
        if (regions.size() != 1) {
            throw new IllegalArgumentException(VisualPromptStyle.FALIP_PATCH.id() + " takes exactly one region, got "
                    + regions.size());
        }
        BufferedImage out = Pixels.copyToRgb(image);
        int w = out.getWidth();
        int h = out.getHeight();
        int[] px = Pixels.data(out);
        RegionRaster raster = RegionRasters.require(regions.get(0), 0, w, h, Math.max(2, Math.max(w, h) / 100.0));
        PatchGridOptions o = options.patchGrid();
        PatchGrid grid = PatchGrid.of(raster, o);
        PromptColor color = options.color() != null ? options.color() : PromptColors.RED;
        int alpha = options.alpha() != null ? options.alpha() : PREVIEW_ALPHA;
        double side = Math.min(w, h);
        double gx0 = o.centerCrop() ? (w - side) / 2 : 0;
        double gy0 = o.centerCrop() ? (h - side) / 2 : 0;
        double cw = (o.centerCrop() ? side : w) / grid.size();
        double ch = (o.centerCrop() ? side : h) / grid.size();
        for (int row = 0; row < grid.size(); row++) {
            for (int col = 0; col < grid.size(); col++) {
                if (!grid.isOn(row, col)) {
                    continue;
                }
                int x0 = (int) Math.round(gx0 + col * cw);
                int x1 = (int) Math.round(gx0 + (col + 1) * cw);
                int y0 = (int) Math.round(gy0 + row * ch);
                int y1 = (int) Math.round(gy0 + (row + 1) * ch);
                for (int y = Math.max(0, y0); y < Math.min(h, y1); y++) {
                    for (int x = Math.max(0, x0); x < Math.min(w, x1); x++) {
                        px[y * w + x] = Pixels.blend(px[y * w + x], color.rgb(), alpha);
                    }
                }
            }
        }
        RenderedMark mark = new RenderedMark(0, "", "in the highlighted patches", "patch-grid", color, alpha,
                regions.get(0), null);
        return new RenderResult(VisualPromptStyle.FALIP_PATCH, out, List.of(mark), null, grid);
    }
}
