package dev.promptcanvas.inference.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Polygon;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SetOfMarkRendererTest {

    private static final int GREY = 0x808080;

    @Test
    void numbersMapToTheRightRegionsAndSitInsideThem() {
        BufferedImage image = TestImages.uniform(1000, 800, GREY);
        List<Geometry> regions = new ArrayList<>();
        for (int row = 0; row < 10; row++) {
            for (int col = 0; col < 10; col++) {
                regions.add(new Box(col * 100 + 5, row * 80 + 5, col * 100 + 95, row * 80 + 75));
            }
        }
        java.util.Collections.shuffle(regions, new Random(3));
        RenderResult r = VisualPromptRenderer.render(VisualPromptStyle.SOM, image, regions, RenderOptions.defaults());
        Map<String, Integer> mapping = r.labelToRegion();
        assertThat(mapping).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(mapping.get(Integer.toString(i + 1))).isEqualTo(i);
            RenderedMark m = r.marks().get(i);
            Box region = (Box) regions.get(i);
            Box label = m.labelBox();
            double cx = (label.x1() + label.x2()) / 2;
            double cy = (label.y1() + label.y2()) / 2;
            assertThat(region.contains(cx, cy)).as("label %s at %s in %s", m.label(), label, region).isTrue();
            assertThat(m.phrase()).isEqualTo("labelled " + (i + 1));
            // the label background carries the region's colour; the text contrasts with it
            int bg = TestImages.rgb(r.image(), (int) label.x1() + 2 + 0, (int) label.y2() - 3);
            assertThat(bg).isIn(m.color().rgb(), m.color().contrastingText().rgb());
        }
        assertThat(r.marks().stream().limit(20).map(m -> m.color().rgb()).distinct().count()).isEqualTo(20);
    }

    @Test
    void labelTextContrastsWithItsBackground() {
        for (PromptColor c : PromptColors.SOM) {
            PromptColor text = c.contrastingText();
            double l1 = Math.max(c.luminance(), text.luminance()) + 0.05;
            double l2 = Math.min(c.luminance(), text.luminance()) + 0.05;
            assertThat(l1 / l2).as(c.name()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void labelsDrawTheDigitsGlyphs() {
        BufferedImage image = TestImages.uniform(300, 200, GREY);
        RenderResult r = VisualPromptRenderer.render(VisualPromptStyle.SOM, image,
                List.of(new Box(50, 50, 250, 150)), RenderOptions.defaults());
        RenderedMark m = r.marks().get(0);
        int text = m.color().contrastingText().rgb();
        int textPixels = 0;
        Box b = m.labelBox();
        for (int y = (int) b.y1() + 2; y < b.y2() - 2; y++) {
            for (int x = (int) b.x1() + 2; x < b.x2() - 2; x++) {
                if (TestImages.rgb(r.image(), x, y) == text) {
                    textPixels++;
                }
            }
        }
        // glyph '1' has 10 set cells of scale x scale pixels (the minimum scale, 3, for a 300 px image)
        assertThat(textPixels).isEqualTo(10 * 3 * 3);
    }

    @Test
    void overlappingRegionsGetSeparateLabelsAndLettersWork() {
        BufferedImage image = TestImages.uniform(400, 300, GREY);
        List<Geometry> regions = List.of(new Box(100, 100, 300, 200), new Box(110, 105, 290, 195),
                Polygon.of(120, 110, 280, 110, 200, 190));
        RenderResult r = VisualPromptRenderer.render(VisualPromptStyle.SOM, image, regions,
                RenderOptions.defaults().withSom(SomOptions.defaults().withLetters(true).withFill(true)));
        assertThat(r.labelToRegion()).containsExactly(Map.entry("a", 0), Map.entry("b", 1), Map.entry("c", 2));
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                assertThat(r.marks().get(i).labelBox().iou(r.marks().get(j).labelBox())).isZero();
            }
        }
        assertThat(SetOfMarkRenderer.letters(25)).isEqualTo("z");
        assertThat(SetOfMarkRenderer.letters(26)).isEqualTo("aa");
        assertThat(SetOfMarkRenderer.letters(27)).isEqualTo("ab");
    }
}
