package dev.promptcanvas.annotations.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Ring;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PolygonRasterizerTest {

    @Test
    void formatsVector() {
        Rle rle = PolygonRasterizer.rasterize(new double[] {1, 1, 3, 1, 3, 3, 1, 3}, 5, 5);
        assertThat(rle.toCompressedString()).isEqualTo("62309");
        assertThat(rle.bboxXywh()).containsExactly(1, 1, 2, 2);
    }

    @Test
    void pycocotoolsVectors() {
        // Strings from pycocotools 2.0.11 frPyObjects([ring], h, w).
        assertThat(str(new double[] {0.5, 0.5, 3.5, 0.5, 2, 4.2}, 6, 6)).isEqualTo("7240a0");
        assertThat(str(new double[] {-1.3, -2.7, 3.9, 1.2, 2.2, 6.1}, 5, 5)).isEqualTo("0232N10L7");
        assertThat(str(new double[] {2.2, 1.1, 9.7, 3.3, 7.4, 8.8, 1.6, 6.25, 3.0, 4.0}, 10, 12))
                .isEqualTo("e0131230001O01O0N2Nc0");
        assertThat(str(new double[] {10.3, 2.1, 14.9, 7.7, 12.2, 13.4, 4.4, 11.0, 3.3, 5.5}, 16, 20))
                .isEqualTo("U26:0O2O0O101N11O2N1M3M[2");
        assertThat(str(new double[] {1, 1, 1, 1, 3, 1, 3, 3, 1, 3}, 5, 5)).isEqualTo("62309");
        // merge(frPyObjects([[1,1,4,1,4,4,1,4],[3,3,6,3,6,6,3,6]], 8, 8))
        List<double[]> rings = List.of(new double[] {1, 1, 4, 1, 4, 4, 1, 4}, new double[] {3, 3, 6, 3, 6, 6, 3, 6});
        assertThat(PolygonRasterizer.rasterize(rings, 8, 8).toCompressedString()).isEqualTo("9350020N00=");
    }

    @Test
    void boxesFollowFrBbox() {
        // pycocotools frPyObjects(np.array([[0,0,4,4]]), 5, 5) and ([[1.25,0.5,2.5,3.75]], 6, 5).
        assertThat(PolygonRasterizer.rasterize(Box.ofXywh(0, 0, 4, 4), 5, 5).toCompressedString())
                .isEqualTo("041000005");
        assertThat(PolygonRasterizer.rasterize(Box.ofXywh(1.25, 0.5, 2.5, 3.75), 6, 5).toCompressedString())
                .isEqualTo("7330005");
    }

    @Test
    void integerRectanglesCoverExactlyTheirPixels() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            int h = 1 + random.nextInt(30);
            int w = 1 + random.nextInt(30);
            int x1 = random.nextInt(w);
            int y1 = random.nextInt(h);
            int x2 = x1 + 1 + random.nextInt(w - x1);
            int y2 = y1 + 1 + random.nextInt(h - y1);
            byte[] expected = new byte[h * w];
            for (int x = x1; x < x2; x++) {
                for (int y = y1; y < y2; y++) {
                    expected[x * h + y] = 1;
                }
            }
            Rle rle = PolygonRasterizer.rasterize(new double[] {x1, y1, x2, y1, x2, y2, x1, y2}, h, w);
            assertThat(rle.toColumnMajor()).isEqualTo(expected);
            assertThat(PolygonRasterizer.rasterize(new Box(x1, y1, x2, y2), h, w)).isEqualTo(rle);
        }
    }

    @Test
    void pixelsAreInWhenTheirCentresAreInsideUpToTheFifthPixelGrid() {
        Random random = new Random(5);
        for (int i = 0; i < 100; i++) {
            int h = 10 + random.nextInt(40);
            int w = 10 + random.nextInt(40);
            double x1 = random.nextDouble() * w;
            double y1 = random.nextDouble() * h;
            double x2 = x1 + random.nextDouble() * (w - x1);
            double y2 = y1 + random.nextDouble() * (h - y1);
            byte[] mask = PolygonRasterizer.rasterize(new Box(x1, y1, x2, y2), h, w).toColumnMajor();
            for (int x = 0; x < w; x++) {
                for (int y = 0; y < h; y++) {
                    double margin = Math.min(Math.min(x + 0.5 - x1, x2 - x - 0.5), Math.min(y + 0.5 - y1, y2 - y - 0.5));
                    if (Math.abs(margin) > 0.25) {
                        assertThat(mask[x * h + y] != 0).as("pixel %d,%d margin %f", x, y, margin).isEqualTo(margin > 0);
                    }
                }
            }
        }
    }

    @Test
    void holesAreSubtractedAndIslandsInHolesKept() {
        Ring outer = Ring.of(0, 0, 10, 0, 10, 10, 0, 10);
        Ring hole = Ring.of(2, 2, 8, 2, 8, 8, 2, 8);
        Ring island = Ring.of(4, 4, 6, 4, 6, 6, 4, 6);
        Polygon withHole = new Polygon(List.of(new PolygonPart(outer, List.of(hole))));
        assertThat(PolygonRasterizer.rasterize(withHole, 12, 12).area()).isEqualTo(100 - 36);
        Polygon withIsland = new Polygon(List.of(new PolygonPart(outer, List.of(hole)), PolygonPart.of(island)));
        Rle rle = PolygonRasterizer.rasterize(withIsland, 12, 12);
        assertThat(rle.area()).isEqualTo(100 - 36 + 4);
        byte[] m = rle.toColumnMajor();
        assertThat(m[5 * 12 + 5]).isEqualTo((byte) 1);
        assertThat(m[3 * 12 + 3]).isEqualTo((byte) 0);
        assertThat(m[1 * 12 + 1]).isEqualTo((byte) 1);
    }

    @Test
    void ringListIsTheUnionOfItsRings() {
        double[] a = {0.4, 0.7, 9.3, 1.2, 5.5, 8.8};
        double[] b = {3.3, 2.2, 11.9, 4.4, 10.1, 11.7, 2.5, 9.9};
        Rle union = PolygonRasterizer.rasterize(List.of(a, b), 13, 14);
        assertThat(union).isEqualTo(MaskOps.union(PolygonRasterizer.rasterize(a, 13, 14),
                PolygonRasterizer.rasterize(b, 13, 14)));
        assertThat(PolygonRasterizer.rasterize(List.of(), 3, 4)).isEqualTo(Rle.empty(3, 4));
    }

    @Test
    void ellipsesMatchTheCentreInsideRule() {
        Random random = new Random(11);
        for (int i = 0; i < 30; i++) {
            int h = 60;
            int w = 80;
            Ellipse e = new Ellipse(20 + random.nextDouble() * 40, 15 + random.nextDouble() * 30,
                    3 + random.nextDouble() * 20, 3 + random.nextDouble() * 15, random.nextDouble() * 180);
            byte[] ours = PolygonRasterizer.rasterize(e, h, w).toColumnMajor();
            byte[] reference = new byte[h * w];
            double t = Math.toRadians(e.angleDegrees());
            for (int x = 0; x < w; x++) {
                for (int y = 0; y < h; y++) {
                    double dx = x + 0.5 - e.cx();
                    double dy = y + 0.5 - e.cy();
                    double u = (dx * Math.cos(t) + dy * Math.sin(t)) / e.rx();
                    double v = (-dx * Math.sin(t) + dy * Math.cos(t)) / e.ry();
                    reference[x * h + y] = (byte) (u * u + v * v <= 1 ? 1 : 0);
                }
            }
            assertThat(MaskFixtures.iou(ours, reference)).isGreaterThan(0.93);
        }
        assertThat(EllipseOutline.sample(Ellipse.circle(0, 0, 1000)).length / 2).isGreaterThanOrEqualTo(
                (int) Math.ceil(Math.PI * Math.sqrt(10 * 1000)));
    }

    @Test
    void emptySizesAndBadInput() {
        assertThat(PolygonRasterizer.rasterize(new double[] {1, 1, 3, 1, 3, 3}, 0, 5)).isEqualTo(Rle.empty(0, 5));
        assertThat(PolygonRasterizer.rasterize(new double[] {1, 1, 3, 1, 3, 3}, 5, 0)).isEqualTo(Rle.empty(5, 0));
        assertThat(PolygonRasterizer.rasterize(new double[] {}, 5, 5)).isEqualTo(Rle.empty(5, 5));
        assertThat(PolygonRasterizer.rasterize(new double[] {-9, -9, -1, -9, -1, -1}, 5, 5).area()).isZero();
        assertThatThrownBy(() -> PolygonRasterizer.rasterize(new double[] {1, 2, 3}, 5, 5))
                .hasMessageContaining("even number");
        assertThatThrownBy(() -> PolygonRasterizer.rasterize(new double[] {1, 2, 3, Double.NaN, 4, 4}, 5, 5))
                .hasMessageContaining("coordinate 3");
        assertThatThrownBy(() -> PolygonRasterizer.rasterize(new double[] {1, 2, 3, 4, 4, 4}, -1, 5))
                .hasMessageContaining("[-1, 5]");
    }

    private static String str(double[] ring, int h, int w) {
        return PolygonRasterizer.rasterize(ring, h, w).toCompressedString();
    }
}
