package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Renders ViP-LLaVA visual prompts: one mark per region, each drawn on its own layer in one colour and composited
 * over the image with one alpha (96-255; masks 48-128). Random styles pick colours from ViP's pool without repeating
 * (while the pool lasts); constant styles draw red and opaque (masks at 128). A seed fixes every choice.
 */
final class VipRenderer {

    private VipRenderer() {
    }

    static RenderResult render(VisualPromptStyle style, BufferedImage image, List<Geometry> regions,
                               RenderOptions options) {
        BufferedImage out = Pixels.copyToRgb(image);
        int width = out.getWidth();
        int height = out.getHeight();
        int[] pixels = Pixels.data(out);
        VipScale scale = VipScale.of(width, height);
        Random random = new Random(options.seed());
        boolean constant = style.family() == VisualPromptStyle.Family.VIP_CONSTANT;
        List<PromptColor> palette = new ArrayList<>(PromptColors.VIP);
        if (!constant) {
            Collections.shuffle(palette, random);
        }
        List<RenderedMark> marks = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Geometry region = regions.get(i);
            RegionRaster raster = RegionRasters.require(region, i, width, height, scale.fixedWidth(8));
            VipShape shape = style.vipShape().orElseGet(() -> VipShape.values()[random.nextInt(8)]);
            PromptColor color = options.color() != null ? options.color()
                    : constant ? PromptColors.RED : palette.get(i % palette.size());
            int alpha = options.alpha() != null ? options.alpha()
                    : constant ? (shape == VipShape.MASK ? 128 : 255)
                    : shape == VipShape.MASK ? VipScale.randint(random, 48, 128) : VipScale.randint(random, 96, 255);
            Box box = RegionRasters.boxOf(region, raster);
            VipMarks.Mark mark = new VipMarks(raster, box, scale, random, constant).draw(shape);
            mark.coverage().compositeOnto(pixels, width, height, color.rgb(), alpha);
            Geometry drawn = mark.drawn() != null ? mark.drawn() : region;
            marks.add(new RenderedMark(i, "", shape.phrase(color.name()), shape.noun(), color, alpha, drawn, null));
        }
        return new RenderResult(style, out, marks, null, null);
    }
}
