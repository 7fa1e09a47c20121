package dev.promptcanvas.annotations.formats.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.mask.MaskOps;
import dev.promptcanvas.annotations.mask.PolygonRasterizer;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageBoundsTest {

    @Test
    void shapesInsideTheImageAreUntouched() throws Exception {
        for (Geometry g : new RandomDatasets(1).everyKind(30, 20)) {
            assertThat(ImageBounds.fit(g, 30, 20, "f")).isSameAs(g);
        }
    }

    @Test
    void polygonsAreClippedToTheImage() throws Exception {
        Polygon p = (Polygon) ImageBounds.fit(Polygon.of(-10, 5, 20, 5, 20, 15, -10, 15), 10, 10, "f");
        assertThat(p.area()).isEqualTo(50);
        assertThat(p.bounds()).isEqualTo(new Box(0, 5, 10, 10));
        Polygon triangle = (Polygon) ImageBounds.fit(Polygon.of(5, -5, 15, 5, 5, 15), 10, 10, "f");
        assertThat(triangle.area()).isEqualTo(100 - 12.5 - 12.5 - 25 + 25 - 25);
    }

    @Test
    void clippingAPolygonKeepsThePixelsCocoWouldRasteriseInsideTheImage() throws Exception {
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            int n = 3 + random.nextInt(8);
            double[] xy = new double[2 * n];
            for (int i = 0; i < 2 * n; i++) {
                xy[i] = Math.round((random.nextDouble() * 60 - 20) * 5) / 5.0;
            }
            Polygon original = Polygon.of(xy);
            Rle before = PolygonRasterizer.rasterize(original, 20, 25);
            Geometry clipped;
            try {
                clipped = ImageBounds.fit(original, 25, 20, "f");
            } catch (InvalidFieldException e) {
                assertThat(e.reason()).containsAnyOf("wholly outside", "no area inside");
                continue;
            }
            Box image = new Box(0, 0, 25, 20);
            assertThat(image.union(clipped.bounds())).isEqualTo(image);
            Rle after = PolygonRasterizer.rasterize((Polygon) clipped, 20, 25);
            // nearly the same pixels: a clipped edge gets a new end vertex, and COCO's rasteriser (which rounds
            // vertices to a 1/5-pixel grid) may then step along it a pixel differently
            long union = MaskOps.union(before, after).area();
            long differing = union - MaskOps.intersectionArea(before, after);
            // (at most about one pixel per column or row an edge spans: bounded by half the clipped perimeter)
            assertThat((double) differing).as("pixels differing for " + original)
                    .isLessThanOrEqualTo(2 + perimeter((Polygon) clipped) / 2);
        }
    }

    private static double perimeter(Polygon p) {
        double sum = 0;
        for (var ring : p.allRings()) {
            for (int i = 0; i < ring.size(); i++) {
                int j = (i + 1) % ring.size();
                sum += Math.hypot(ring.x(j) - ring.x(i), ring.y(j) - ring.y(i));
            }
        }
        return sum;
    }

    @Test
    void boxesAreIntersectedLinesClampedAndEllipsesKept() throws Exception {
        assertThat(ImageBounds.fit(new Box(-3, 2, 12, 8), 10, 10, "f")).isEqualTo(new Box(0, 2, 10, 8));
        assertThat(ImageBounds.fit(Polyline.of(-5, 5, 5, 5, 15, 12), 10, 10, "f"))
                .isEqualTo(Polyline.of(0, 5, 5, 5, 10, 10));
        assertThat(ImageBounds.fit(new Arrow(new Point(-1, 3), new Point(4, 4)), 10, 10, "f"))
                .isEqualTo(new Arrow(new Point(0, 3), new Point(4, 4)));
        Ellipse e = Ellipse.circle(9, 9, 4);
        assertThat(ImageBounds.fit(e, 10, 10, "f")).isSameAs(e);
    }

    @Test
    void pointsOutsideShapesWhollyOutsideAndMasksOfAnotherSizeAreRejected() {
        assertThatThrownBy(() -> ImageBounds.fit(new Point(10.5, 3), 10, 10, "shapes[2].points"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("shapes[2].points");
                    assertThat(e.reason()).contains("outside the 10x10 image");
                });
        assertThatThrownBy(() -> ImageBounds.fit(new Box(11, 1, 13, 3), 10, 10, "f"))
                .hasMessageContaining("wholly outside");
        assertThatThrownBy(() -> ImageBounds.fit(Ellipse.circle(-20, -20, 5), 10, 10, "f"))
                .hasMessageContaining("wholly outside");
        assertThatThrownBy(() -> ImageBounds.fit(Polygon.of(-5, -5, 0, -5, 0, 0, -5, 0), 10, 10, "f"))
                .hasMessageContaining("no area inside");
        assertThatThrownBy(() -> ImageBounds.fit(new Mask(Rle.empty(4, 5)), 10, 10, "f"))
                .hasMessageContaining("mask is 5x4 but the image is 10x10");
    }
}
