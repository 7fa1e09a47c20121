package dev.promptcanvas.inference.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VipRendererTest {

    private static final int GREY = 0x808080;
    /** 672 px wide: s = 2 exactly. */
    private final BufferedImage image = TestImages.uniform(672, 448, GREY);
    private final Box box = new Box(100, 80, 420, 300);
    /** A convex pentagon (Bezier curves through inside points stay inside a convex region). */
    private final Polygon convex = Polygon.of(200, 100, 450, 120, 500, 330, 300, 400, 160, 260);

    private RenderResult render(VisualPromptStyle style, Geometry region, long seed) {
        return VisualPromptRenderer.render(style, image, region, seed);
    }

    @Test
    void constantRectangleIsRedOpaqueAndThreeSWide() {
        RenderResult r = render(VisualPromptStyle.VIP_CONSTANT_RECTANGLE, box, 1);
        // s = 2 -> width int(3 * 672 / 336) = 6, drawn inwards from the integer corners (PIL)
        for (int x = 100; x < 106; x++) {
            assertThat(TestImages.rgb(r.image(), x, 190)).as("x=%d", x).isEqualTo(0xFF0000);
        }
        assertThat(TestImages.rgb(r.image(), 106, 190)).isEqualTo(GREY);
        assertThat(TestImages.rgb(r.image(), 99, 190)).isEqualTo(GREY);
        assertThat(TestImages.rgb(r.image(), 420, 190)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(r.image(), 260, 80)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(r.image(), 260, 300)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(r.image(), 260, 190)).isEqualTo(GREY);
        assertThat(r.phrase()).isEqualTo("within the red rectangle");
        assertThat(r.marks().get(0).drawn()).isEqualTo(box);
    }

    @Test
    void randomRectangleColourLiesOnItsBorderWithAlphaAndWidthInRange() {
        Set<String> colours = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            RenderResult r = render(VisualPromptStyle.VIP_RECTANGLE, box, seed);
            RenderedMark m = r.marks().get(0);
            assertThat(m.alpha()).isBetween(96, 255);
            assertThat(PromptColors.VIP).contains(m.color());
            colours.add(m.color().name());
            int expected = TestImages.expectedBlend(GREY, m.color().rgb(), m.alpha());
            assertThat(TestImages.rgb(r.image(), 100, 190)).isEqualTo(expected);
            assertThat(TestImages.rgb(r.image(), 260, 80)).isEqualTo(expected);
            int width = 0;
            while (TestImages.rgb(r.image(), 100 + width, 190) == expected) {
                width++;
            }
            assertThat(width).as("seed %d", seed).isBetween(4, 16); // randint(2s, 8s), s = 2
            assertThat(TestImages.rgb(r.image(), 260, 190)).isEqualTo(GREY);
            assertThat(r.phrase()).isEqualTo("within the " + m.color().name() + " rectangle");
        }
        assertThat(colours.size()).isGreaterThan(4);
    }

    @Test
    void maskAlphaStaysWithin48And128AndFillsTheRegionOnly() {
        for (long seed = 0; seed < 30; seed++) {
            RenderResult r = render(VisualPromptStyle.VIP_MASK, convex, seed);
            RenderedMark m = r.marks().get(0);
            assertThat(m.alpha()).isBetween(48, 128);
            int expected = TestImages.expectedBlend(GREY, m.color().rgb(), m.alpha());
            assertThat(TestImages.rgb(r.image(), 330, 250)).isEqualTo(expected);
            assertThat(TestImages.rgb(r.image(), 150, 400)).isEqualTo(GREY);
        }
    }

    @Test
    void arrowTipLiesInsideTheRegionAndIsPainted() {
        Polygon concave = Polygon.of(100, 100, 500, 100, 500, 380, 420, 380, 420, 180, 180, 180, 180, 380, 100, 380);
        for (Geometry region : List.<Geometry>of(box, convex, concave)) {
            RegionRaster raster = RegionRaster.of(region, 672, 448, 16);
            for (long seed = 0; seed < 25; seed++) {
                for (VisualPromptStyle style : List.of(VisualPromptStyle.VIP_ARROW, VisualPromptStyle.VIP_CONSTANT_ARROW)) {
                    RenderResult r = render(style, region, seed);
                    Arrow a = (Arrow) r.marks().get(0).drawn();
                    assertThat(raster.containsPoint(a.head().x(), a.head().y()))
                            .as("%s seed %d tip %s", region.kind(), seed, a.head()).isTrue();
                    assertThat(paintedNear(r.image(), (int) a.head().x(), (int) a.head().y())).isTrue();
                    assertThat(r.phrase()).startsWith("pointed to by the ").endsWith(" arrow");
                }
            }
        }
    }

    private static boolean paintedNear(BufferedImage img, int x, int y) {
        for (int j = y - 1; j <= y + 1; j++) {
            for (int i = x - 1; i <= x + 1; i++) {
                if (TestImages.rgb(img, i, j) != GREY) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void scribbleStaysInsideAConvexPolygon() {
        Path2D.Double path = RegionRaster.polygonPath(convex);
        for (long seed = 0; seed < 30; seed++) {
            RenderResult r = render(VisualPromptStyle.VIP_SCRIBBLE, convex, seed);
            Polyline line = (Polyline) r.marks().get(0).drawn();
            for (int i = 0; i < line.size(); i++) {
                assertThat(path.contains(line.x(i), line.y(i))).as("seed %d point %d", seed, i).isTrue();
            }
            assertThat(r.phrase()).endsWith(" scribble").startsWith("with the ");
        }
    }

    @Test
    void triangleVerticesAreInsideWithNoAngleOver150Degrees() {
        Path2D.Double path = RegionRaster.polygonPath(convex);
        for (long seed = 0; seed < 30; seed++) {
            Polygon t = (Polygon) render(VisualPromptStyle.VIP_TRIANGLE, convex, seed).marks().get(0).drawn();
            Ring ring = t.parts().get(0).shell();
            assertThat(ring.size()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(path.contains(ring.x(i), ring.y(i))).isTrue();
                double ax = ring.x((i + 1) % 3) - ring.x(i);
                double ay = ring.y((i + 1) % 3) - ring.y(i);
                double bx = ring.x((i + 2) % 3) - ring.x(i);
                double by = ring.y((i + 2) % 3) - ring.y(i);
                double angle = Math.toDegrees(Math.acos((ax * bx + ay * by) / Math.hypot(ax, ay) / Math.hypot(bx, by)));
                assertThat(angle).isLessThanOrEqualTo(150.0 + 1e-9);
            }
        }
    }

    @Test
    void pointIsInsideWithRadiusBetween5sAnd20s() {
        for (long seed = 0; seed < 30; seed++) {
            Ellipse e = (Ellipse) render(VisualPromptStyle.VIP_POINT, convex, seed).marks().get(0).drawn();
            assertThat(RegionRaster.polygonPath(convex).contains(e.cx(), e.cy())).isTrue();
            double radius = Math.sqrt(e.rx() * e.ry()); // r*aspect and r/aspect
            assertThat(radius).isBetween(10.0 - 1e-9, 40.0 + 1e-9);
            assertThat(e.rx() / e.ry()).isBetween(0.25 - 1e-9, 4.0 + 1e-9);
        }
    }

    @Test
    void ellipseEnclosesTheRegionBoundsScaledOneToOneAndAHalf() {
        Box b = RegionRaster.of(convex, 672, 448, 1).bounds();
        for (long seed = 0; seed < 20; seed++) {
            Ellipse e = (Ellipse) render(VisualPromptStyle.VIP_ELLIPSE, convex, seed).marks().get(0).drawn();
            assertThat(e.cx()).isEqualTo((b.x1() + b.x2()) / 2);
            assertThat(e.rx() * 2 / b.width()).isBetween(1.0, 1.5);
            assertThat(e.ry() / e.rx()).isEqualTo(b.height() / b.width(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void maskContourPaintsTheOutlineAndLeavesTheInside() {
        RenderResult r = render(VisualPromptStyle.VIP_CONSTANT_MASK_CONTOUR, box, 3);
        // constant contour: width int(2s) = 4 on each side of the boundary pixels
        assertThat(TestImages.rgb(r.image(), 100, 190)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(r.image(), 96, 190)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(r.image(), 95, 190)).isEqualTo(GREY);
        assertThat(TestImages.rgb(r.image(), 104, 190)).isEqualTo(0xFF0000);
        assertThat(TestImages.rgb(r.image(), 105, 190)).isEqualTo(GREY);
        assertThat(TestImages.rgb(r.image(), 260, 190)).isEqualTo(GREY);
        assertThat(r.phrase()).isEqualTo("with the red mask contour");
    }

    @Test
    void phrasesFollowViPWordsForEveryShape() {
        assertThat(VipShape.RECTANGLE.phrase("red")).isEqualTo("within the red rectangle");
        assertThat(VipShape.ELLIPSE.phrase("blue")).isEqualTo("within the blue ellipse");
        assertThat(VipShape.TRIANGLE.phrase("gold")).isEqualTo("with the gold triangle");
        assertThat(VipShape.POINT.phrase("lime")).isEqualTo("at the lime point");
        assertThat(VipShape.SCRIBBLE.phrase("aqua")).isEqualTo("with the aqua scribble");
        assertThat(VipShape.MASK_CONTOUR.phrase("purple")).isEqualTo("with the purple mask contour");
        assertThat(VipShape.MASK.phrase("orange")).isEqualTo("with the orange mask");
        assertThat(VipShape.ARROW.phrase("fuchsia")).isEqualTo("pointed to by the fuchsia arrow");
    }

    @Test
    void sameSeedSamePixelsAndTheInputIsNotModified() {
        BufferedImage input = TestImages.textured(200, 150);
        int before = input.getRGB(50, 50);
        List<Geometry> regions = List.of(new Box(20, 20, 120, 100), Polygon.of(100, 60, 190, 70, 150, 140));
        for (VisualPromptStyle style : VisualPromptStyle.values()) {
            if (style.singleRegion()) {
                continue;
            }
            RenderOptions o = RenderOptions.defaults().withSeed(42);
            BufferedImage a = VisualPromptRenderer.render(style, input, regions, o).image();
            BufferedImage b = VisualPromptRenderer.render(style, input, regions, o).image();
            assertThat(a.getRGB(0, 0, 200, 150, null, 0, 200)).as(style.id())
                    .isEqualTo(b.getRGB(0, 0, 200, 150, null, 0, 200));
        }
        assertThat(input.getRGB(50, 50)).isEqualTo(before);
        BufferedImage s1 = VisualPromptRenderer.render(VisualPromptStyle.VIP_SCRIBBLE, input, regions,
                RenderOptions.defaults().withSeed(1)).image();
        BufferedImage s2 = VisualPromptRenderer.render(VisualPromptStyle.VIP_SCRIBBLE, input, regions,
                RenderOptions.defaults().withSeed(2)).image();
        assertThat(s1.getRGB(0, 0, 200, 150, null, 0, 200)).isNotEqualTo(s2.getRGB(0, 0, 200, 150, null, 0, 200));
    }

    @Test
    void severalRegionsGetDistinctColoursAndTheirOwnPhrases() {
        List<Geometry> regions = List.of(new Box(10, 10, 100, 100), new Box(200, 10, 300, 100),
                new Box(400, 10, 500, 100), new Point(600, 300));
        RenderResult r = VisualPromptRenderer.render(VisualPromptStyle.VIP_RECTANGLE, image, regions,
                RenderOptions.defaults().withSeed(5));
        assertThat(r.marks()).hasSize(4);
        assertThat(r.marks().stream().map(m -> m.color().name()).distinct().count()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            assertThat(r.marks().get(i).regionIndex()).isEqualTo(i);
            assertThat(r.marks().get(i).phrase()).contains(r.marks().get(i).color().name());
        }
    }

    @Test
    void randomMixUsesSeveralShapes() {
        Set<String> shapes = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            shapes.add(render(VisualPromptStyle.VIP_RANDOM, convex, seed).marks().get(0).shape());
        }
        assertThat(shapes.size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void maskRegionsAreDrawnFromTheirRle() {
        byte[] bits = new byte[672 * 448];
        for (int y = 200; y < 260; y++) {
            for (int x = 300; x < 380; x++) {
                bits[y * 672 + x] = 1;
            }
        }
        Mask mask = new Mask(Rle.encodeRowMajor(bits, 448, 672));
        RenderResult r = render(VisualPromptStyle.VIP_CONSTANT_MASK, mask, 0);
        int expected = TestImages.expectedBlend(GREY, 0xFF0000, 128);
        assertThat(TestImages.rgb(r.image(), 300, 200)).isEqualTo(expected);
        assertThat(TestImages.rgb(r.image(), 379, 259)).isEqualTo(expected);
        assertThat(TestImages.rgb(r.image(), 380, 259)).isEqualTo(GREY);
        assertThat(TestImages.rgb(r.image(), 299, 200)).isEqualTo(GREY);
    }

    @Test
    void badRegionsAreReportedByIndex() {
        assertThatThrownBy(() -> VisualPromptRenderer.render(VisualPromptStyle.VIP_RECTANGLE, image,
                List.of(box, new Box(900, 900, 950, 950)), RenderOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region 1 (box)");
        Mask wrong = new Mask(Rle.empty(10, 10));
        assertThatThrownBy(() -> render(VisualPromptStyle.VIP_MASK, wrong, 0))
                .hasMessageContaining("does not match the image");
        assertThatThrownBy(() -> VisualPromptRenderer.render(VisualPromptStyle.VIP_MASK, image, List.of(),
                RenderOptions.defaults())).hasMessageContaining("at least one region");
    }
}
