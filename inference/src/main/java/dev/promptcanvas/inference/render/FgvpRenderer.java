package dev.promptcanvas.inference.render;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * FGVP's fine-grained visual prompts ({@code fine_grained_visual_prompt.py}, rewritten) on the original image.
 * Region-wide effects (colour mask, reverse, blur, grey) use the union of the regions; outlines (contour, box,
 * circle, keypoint) are drawn per region. Colours blend as {@code overlay * a + image * (1 - a)}.
 */
final class FgvpRenderer {

    private FgvpRenderer() {
    }

    static RenderResult render(VisualPromptStyle style, BufferedImage image, List<Geometry> regions,
                               RenderOptions options) {
        if (style.isCrop()) {
            return FgvpCrops.render(style, image, regions, options);
        }
        FgvpOptions o = options.fgvp();
        BufferedImage out = Pixels.copyToRgb(image);
        int w = out.getWidth();
        int h = out.getHeight();
        int[] px = Pixels.data(out);
        double k = o.scale(w, h);
        int t = Math.max(1, (int) Math.round(o.thickness() * k));
        PromptColor line = options.color() != null ? options.color() : o.lineColor();
        PromptColor fill = options.color() != null ? options.color() : o.maskColor();
        List<RegionRaster> rasters = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            rasters.add(RegionRasters.require(regions.get(i), i, w, h, Math.max(2, 8 * k)));
        }
        byte[] inside = union(rasters, w, h);
        List<RenderedMark> marks = new ArrayList<>();
        int opaque = 255;
        switch (style) {
            case FGVP_COLOR_MASK -> {
                paintWeighted(px, inside, (byte) 1, fill.rgb(), o.alpha());
                marks = same(regions, "in the region highlighted in " + fill.name(), "color-mask", fill, o);
            }
            case FGVP_REVERSE_COLOR_MASK -> {
                paintWeighted(px, inside, (byte) 0, fill.rgb(), o.alpha());
                marks = same(regions, "in the region not covered in " + fill.name(), "reverse-color-mask", fill, o);
            }
            case FGVP_BLUR_REVERSE -> {
                int[] blurred = Pixels.data(GaussianBlur.blur(out, o.blurSigma() * k));
                for (int i = 0; i < px.length; i++) {
                    if (inside[i] == 0) {
                        px[i] = blurred[i];
                    }
                }
                marks = same(regions, "in the sharp region (the rest is blurred)", "blur-reverse", null, o);
            }
            case FGVP_GRAYSCALE_REVERSE -> {
                for (int i = 0; i < px.length; i++) {
                    if (inside[i] == 0) {
                        px[i] = Pixels.gray(px[i]);
                    }
                }
                marks = same(regions, "in the region shown in colour (the rest is grey)", "grayscale-reverse", null, o);
            }
            case FGVP_CONTOUR -> {
                for (int i = 0; i < rasters.size(); i++) {
                    RasterOps.contourBand(rasters.get(i), -(t / 2), (t - 1) / 2).compositeOnto(px, w, h, line.rgb(), opaque);
                    marks.add(new RenderedMark(i, "", "outlined in " + line.name(), "contour", line, opaque,
                            regions.get(i), null));
                }
            }
            case FGVP_BOX -> {
                for (int i = 0; i < rasters.size(); i++) {
                    Box b = intBox(RegionRasters.boxOf(regions.get(i), rasters.get(i)), w, h);
                    boxOutline(b, t, w, h).compositeOnto(px, w, h, line.rgb(), opaque);
                    marks.add(new RenderedMark(i, "", "within the " + line.name() + " box", "box", line, opaque, b, null));
                }
            }
            case FGVP_CIRCLE -> {
                for (int i = 0; i < rasters.size(); i++) {
                    Box b = clampBox(RegionRasters.boxOf(regions.get(i), rasters.get(i)), w, h);
                    Ellipse e = new Ellipse((int) ((b.x1() + b.x2()) / 2), (int) ((b.y1() + b.y2()) / 2),
                            (int) (b.width() / 2), (int) (b.height() / 2), 0);
                    ring(e, t, w, h).compositeOnto(px, w, h, line.rgb(), opaque);
                    marks.add(new RenderedMark(i, "", "within the " + line.name() + " circle", "circle", line, opaque,
                            e, null));
                }
            }
            case FGVP_KEYPOINT -> {
                double radius = (int) (0.06 * (o.referenceSize() == 0 ? 336 : o.referenceSize())) * k;
                for (int i = 0; i < rasters.size(); i++) {
                    Box b = RegionRasters.boxOf(regions.get(i), rasters.get(i));
                    Ellipse e = Ellipse.circle((int) ((b.x1() + b.x2()) / 2), (int) ((b.y1() + b.y2()) / 2), radius);
                    ring(e, t, w, h).compositeOnto(px, w, h, line.rgb(), opaque);
                    marks.add(new RenderedMark(i, "", "marked by the " + line.name() + " circle", "keypoint", line,
                            opaque, e, null));
                }
            }
            default -> throw new IllegalArgumentException("not an FGVP style: " + style.id());
        }
        return new RenderResult(style, out, marks, null, null);
    }

    static byte[] union(List<RegionRaster> rasters, int w, int h) {
        byte[] inside = new byte[w * h];
        for (RegionRaster r : rasters) {
            Coverage c = Coverage.of(r);
            for (int j = 0; j < c.height(); j++) {
                for (int i = 0; i < c.width(); i++) {
                    if (c.bits()[j * c.width() + i] != 0) {
                        inside[(c.y0() + j) * w + c.x0() + i] = 1;
                    }
                }
            }
        }
        return inside;
    }

    /** {@code cv2.addWeighted} with the colour where {@code inside[i] == where}. */
    static void paintWeighted(int[] px, byte[] inside, byte where, int rgb, double alpha) {
        for (int i = 0; i < px.length; i++) {
            if (inside[i] == where) {
                px[i] = Pixels.weighted(px[i], rgb, alpha);
            }
        }
    }

    private static List<RenderedMark> same(List<Geometry> regions, String phrase, String shape, PromptColor c,
                                           FgvpOptions o) {
        int alpha = c == null ? 0 : (int) Math.round(o.alpha() * 255);
        List<RenderedMark> marks = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            marks.add(new RenderedMark(i, "", phrase, shape, c, alpha, regions.get(i), null));
        }
        return marks;
    }

    /** FGVP's boxes are clamped to the image and cast to int. */
    private static Box intBox(Box b, int w, int h) {
        Box c = clampBox(b, w, h);
        return new Box((int) c.x1(), (int) c.y1(), (int) c.x2(), (int) c.y2());
    }

    private static Box clampBox(Box b, int w, int h) {
        return Box.ofCorners(Math.max(0, Math.min(w - 1, b.x1())), Math.max(0, Math.min(h - 1, b.y1())),
                Math.max(0, Math.min(w - 1, b.x2())), Math.max(0, Math.min(h - 1, b.y2())));
    }

    /** {@code cv2.rectangle(thickness=t)}: the 1-pixel outline through the integer corners, thickened by t. */
    private static Coverage boxOutline(Box b, int t, int w, int h) {
        int x0 = (int) b.x1();
        int y0 = (int) b.y1();
        int bw = (int) b.x2() - x0 + 1;
        int bh = (int) b.y2() - y0 + 1;
        byte[] bits = new byte[bw * bh];
        for (int j = 0; j < bh; j++) {
            for (int i = 0; i < bw; i++) {
                if (i == 0 || j == 0 || i == bw - 1 || j == bh - 1) {
                    bits[j * bw + i] = 1;
                }
            }
        }
        return RasterOps.dilate(new Coverage(x0, y0, bw, bh, bits), -(t / 2), (t - 1) / 2, w, h);
    }

    /** An ellipse outline of thickness t centred on the ellipse ({@code cv2.ellipse} / {@code cv2.circle}). */
    private static Coverage ring(Ellipse e, int t, int w, int h) {
        return ShapeRaster.stroke(w, h, new Ellipse2D.Double(e.cx() - e.rx(), e.cy() - e.ry(), 2 * e.rx(), 2 * e.ry()),
                t, BasicStroke.CAP_BUTT);
    }
}
