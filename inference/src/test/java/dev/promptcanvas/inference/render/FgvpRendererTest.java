package dev.promptcanvas.inference.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Polygon;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class FgvpRendererTest {

    /** 336 px: FGVP's own scale, so thickness 2, sigma 100 and radius 20 apply literally. */
    private final BufferedImage image = TestImages.textured(336, 224);
    private final Polygon region = Polygon.of(80, 40, 250, 60, 270, 180, 120, 200);
    private final RegionRaster raster = RegionRaster.of(region, 336, 224, 1);

    private RenderResult render(VisualPromptStyle style, Geometry g) {
        return VisualPromptRenderer.render(style, image, List.of(g), RenderOptions.defaults());
    }

    @Test
    void blurReverseLeavesTheRegionUntouchedAndBlursTheRest() {
        RenderResult r = render(VisualPromptStyle.FGVP_BLUR_REVERSE, region);
        int changedOutside = 0;
        int outside = 0;
        for (int y = 0; y < 224; y++) {
            for (int x = 0; x < 336; x++) {
                int before = TestImages.rgb(image, x, y);
                int after = TestImages.rgb(r.image(), x, y);
                if (raster.contains(x, y)) {
                    assertThat(after).as("(%d,%d)", x, y).isEqualTo(before);
                } else {
                    outside++;
                    if (after != before) {
                        changedOutside++;
                    }
                }
            }
        }
        assertThat(changedOutside).isGreaterThan(outside * 9 / 10);
        assertThat(r.marks().get(0).color()).isNull();
    }

    @Test
    void colourMaskBlendsGreenHalfwayInsideOnly() {
        RenderResult r = render(VisualPromptStyle.FGVP_COLOR_MASK, region);
        for (int[] p : new int[][] {{150, 100}, {200, 150}, {10, 10}, {300, 210}}) {
            int before = TestImages.rgb(image, p[0], p[1]);
            int after = TestImages.rgb(r.image(), p[0], p[1]);
            if (raster.contains(p[0], p[1])) {
                int expected = (((int) Math.round(((before >> 16) & 0xFF) * 0.5)) << 16)
                        | ((int) Math.round(255 * 0.5 + ((before >> 8) & 0xFF) * 0.5) << 8)
                        | (int) Math.round((before & 0xFF) * 0.5);
                assertThat(after).isEqualTo(expected);
            } else {
                assertThat(after).isEqualTo(before);
            }
        }
        RenderResult rev = render(VisualPromptStyle.FGVP_REVERSE_COLOR_MASK, region);
        assertThat(TestImages.rgb(rev.image(), 150, 100)).isEqualTo(TestImages.rgb(image, 150, 100));
        assertThat(TestImages.rgb(rev.image(), 10, 10)).isNotEqualTo(TestImages.rgb(image, 10, 10));
    }

    @Test
    void grayscaleReverseGreysTheOutsideOnly() {
        RenderResult r = render(VisualPromptStyle.FGVP_GRAYSCALE_REVERSE, region);
        int out = TestImages.rgb(r.image(), 10, 10);
        assertThat((out >> 16) & 0xFF).isEqualTo((out >> 8) & 0xFF).isEqualTo(out & 0xFF);
        int in = TestImages.rgb(image, 150, 100);
        assertThat(TestImages.rgb(r.image(), 150, 100)).isEqualTo(in);
        int src = TestImages.rgb(image, 10, 10);
        double luma = 0.299 * ((src >> 16) & 0xFF) + 0.587 * ((src >> 8) & 0xFF) + 0.114 * (src & 0xFF);
        assertThat((double) (out & 0xFF)).isCloseTo(luma, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void contourIsRedOnTheBoundaryAndTwoPixelsThick() {
        Box box = new Box(100, 50, 200, 150);
        RenderResult r = render(VisualPromptStyle.FGVP_CONTOUR, box);
        assertThat(TestImages.rgb(r.image(), 100, 100)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(r.image(), 99, 100)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(r.image(), 98, 100)).isEqualTo(TestImages.rgb(image, 98, 100));
        assertThat(TestImages.rgb(r.image(), 101, 100)).isEqualTo(TestImages.rgb(image, 101, 100));
        assertThat(TestImages.rgb(r.image(), 150, 100)).isEqualTo(TestImages.rgb(image, 150, 100));
    }

    @Test
    void boxCircleAndKeypointOutlines() {
        Box box = new Box(100, 50, 200, 150);
        RenderResult b = render(VisualPromptStyle.FGVP_BOX, box);
        assertThat(TestImages.rgb(b.image(), 100, 100)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(b.image(), 150, 150)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(b.image(), 150, 100)).isEqualTo(TestImages.rgb(image, 150, 100));
        assertThat(b.phrase()).isEqualTo("within the red box");

        RenderResult c = render(VisualPromptStyle.FGVP_CIRCLE, box);
        Ellipse e = (Ellipse) c.marks().get(0).drawn();
        assertThat(e.cx()).isEqualTo(150);
        assertThat(e.rx()).isEqualTo(50);
        assertThat(TestImages.rgb(c.image(), 200, 100)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(c.image(), 100, 50)).isEqualTo(TestImages.rgb(image, 100, 50));

        RenderResult k = render(VisualPromptStyle.FGVP_KEYPOINT, box);
        Ellipse kp = (Ellipse) k.marks().get(0).drawn();
        assertThat(kp.rx()).isEqualTo(20); // int(0.06 * 336)
        assertThat(TestImages.rgb(k.image(), 170, 100)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(k.image(), 150, 100)).isEqualTo(TestImages.rgb(image, 150, 100));
    }

    @Test
    void thicknessAndRadiusScaleWithTheImage() {
        BufferedImage big = TestImages.uniform(672, 448, 0x808080);
        Box box = new Box(200, 100, 400, 300);
        RenderResult k = VisualPromptRenderer.render(VisualPromptStyle.FGVP_KEYPOINT, big, List.of(box),
                RenderOptions.defaults());
        assertThat(((Ellipse) k.marks().get(0).drawn()).rx()).isEqualTo(40);
        RenderResult literal = VisualPromptRenderer.render(VisualPromptStyle.FGVP_KEYPOINT, big, List.of(box),
                RenderOptions.defaults().withFgvp(FgvpOptions.defaults().withReferenceSize(0)));
        assertThat(((Ellipse) literal.marks().get(0).drawn()).rx()).isEqualTo(20);
    }

    @Test
    void cropsCutTheGrownBoxAndPaintAroundTheRegion() {
        RenderResult crop = render(VisualPromptStyle.FGVP_CROP, region);
        // region pixel box [80, 40, 270, 200] grown by 1 % of 336 x 224 = (3.36, 2.24), cast to int
        assertThat(crop.crop()).isEqualTo(new Box(76, 37, 273, 202));
        assertThat(crop.image().getWidth()).isEqualTo(273 - 76);
        assertThat(crop.image().getHeight()).isEqualTo(202 - 37);
        assertThat(TestImages.rgb(crop.image(), 0, 0)).isEqualTo(TestImages.rgb(image, 76, 37));

        RenderResult fill = render(VisualPromptStyle.FGVP_CROP_REVERSE_FILL, region);
        assertThat(TestImages.rgb(fill.image(), 0, 0)).isEqualTo(0x00FF00);
        assertThat(TestImages.rgb(fill.image(), 150 - 76, 100 - 37)).isEqualTo(TestImages.rgb(image, 150, 100));

        RenderResult blur = render(VisualPromptStyle.FGVP_CROP_BLUR_REVERSE, region);
        assertThat(TestImages.rgb(blur.image(), 150 - 76, 100 - 37)).isEqualTo(TestImages.rgb(image, 150, 100));
        assertThat(blur.crop()).isEqualTo(crop.crop());

        assertThatThrownBy(() -> VisualPromptRenderer.render(VisualPromptStyle.FGVP_CROP, image,
                List.of(region, region), RenderOptions.defaults())).hasMessageContaining("exactly one region");
    }

    @Test
    void gaussianBlurKeepsConstantsAndSpreadsAnImpulseWithTheRightVariance() {
        BufferedImage flat = TestImages.uniform(50, 40, 0x336699);
        BufferedImage b = GaussianBlur.blur(flat, 7);
        assertThat(TestImages.rgb(b, 0, 0)).isEqualTo(0x336699);
        assertThat(TestImages.rgb(b, 49, 39)).isEqualTo(0x336699);

        int n = 201;
        BufferedImage impulse = TestImages.uniform(n, 1, 0);
        impulse.setRGB(100, 0, 0xFF0000);
        double sigma = 5;
        BufferedImage spread = GaussianBlur.blur(impulse, sigma);
        double sum = 0;
        double second = 0;
        for (int x = 0; x < n; x++) {
            double v = (spread.getRGB(x, 0) >> 16) & 0xFF;
            sum += v;
            second += v * (x - 100) * (x - 100);
        }
        assertThat(Math.sqrt(second / sum)).isCloseTo(sigma, org.assertj.core.data.Offset.offset(0.8));
    }
}
