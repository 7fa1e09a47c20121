package dev.promptcanvas.inference.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import java.awt.geom.Rectangle2D;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RasterOpsTest {

    private final Random random = new Random(17);

    @Test
    void dilationMatchesBruteForce() {
        for (int t = 0; t < 300; t++) {
            int iw = 30;
            int ih = 25;
            int w = 1 + random.nextInt(12);
            int h = 1 + random.nextInt(12);
            int x0 = random.nextInt(iw - w + 1);
            int y0 = random.nextInt(ih - h + 1);
            byte[] bits = new byte[w * h];
            for (int k = 0; k < bits.length; k++) {
                bits[k] = random.nextInt(5) == 0 ? (byte) 1 : 0;
            }
            int lo = -random.nextInt(4);
            int hi = random.nextInt(4);
            Coverage in = new Coverage(x0, y0, w, h, bits);
            Coverage out = RasterOps.dilate(in, lo, hi, iw, ih);
            for (int y = 0; y < ih; y++) {
                for (int x = 0; x < iw; x++) {
                    boolean expected = false;
                    for (int dy = lo; dy <= hi && !expected; dy++) {
                        for (int dx = lo; dx <= hi && !expected; dx++) {
                            expected = in.covers(x - dx, y - dy);
                        }
                    }
                    assertThat(out.covers(x, y)).as("t=%d (%d,%d) lo=%d hi=%d", t, x, y, lo, hi).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void boxFastPathAgreesWithJava2dRasterisation() {
        for (int t = 0; t < 500; t++) {
            double x1 = random.nextDouble() * 60 - 5;
            double y1 = random.nextDouble() * 60 - 5;
            double x2 = x1 + random.nextDouble() * 30;
            double y2 = y1 + random.nextDouble() * 30;
            RegionRaster fast = RegionRaster.of(new Box(x1, y1, x2, y2), 50, 50, 1);
            RegionRaster java2d = RegionRaster.ofShape(new Rectangle2D.Double(x1, y1, x2 - x1, y2 - y1), 50, 50);
            for (int y = 0; y < 50; y++) {
                for (int x = 0; x < 50; x++) {
                    assertThat(fast.contains(x, y)).as("box %f,%f,%f,%f at (%d,%d)", x1, y1, x2, y2, x, y)
                            .isEqualTo(java2d.contains(x, y));
                }
            }
            assertThat(fast.area()).isEqualTo(java2d.area());
        }
    }

    @Test
    void contourBandIsTheInsideEdgeThickened() {
        RegionRaster r = RegionRaster.of(new Box(10, 10, 20, 20), 40, 40, 1);
        Coverage band = RasterOps.contourBand(r, 0, 0);
        assertThat(band.count()).isEqualTo(36); // 10 x 10 square, 1-pixel ring
        Coverage thick = RasterOps.contourBand(r, -1, 1);
        assertThat(thick.covers(9, 15)).isTrue();
        assertThat(thick.covers(11, 15)).isTrue();
        assertThat(thick.covers(12, 15)).isFalse();
        assertThat(thick.covers(8, 15)).isFalse();
    }

    @Test
    void mostInteriorPointIsDeepInsideAnLShape() {
        Polygon l = Polygon.of(0, 0, 100, 0, 100, 20, 20, 20, 20, 100, 0, 100);
        RegionRaster r = RegionRaster.of(l, 120, 120, 1);
        Point p = RasterOps.mostInterior(r, 40_000);
        assertThat(r.containsPoint(p.x(), p.y())).isTrue();
        // the deepest part of an L of width 20 is its corner square
        assertThat(p.x()).isLessThan(20);
        assertThat(p.y()).isLessThan(20);
    }

    @Test
    void nearestAndRandomPointsAreInside() {
        Polygon ring = new Polygon(java.util.List.of(new dev.promptcanvas.annotations.geometry.PolygonPart(
                dev.promptcanvas.annotations.geometry.Ring.of(0, 0, 60, 0, 60, 60, 0, 60),
                java.util.List.of(dev.promptcanvas.annotations.geometry.Ring.of(10, 10, 50, 10, 50, 50, 10, 50)))));
        RegionRaster r = RegionRaster.of(ring, 80, 80, 1);
        assertThat(r.contains(30, 30)).isFalse();
        assertThat(r.area()).isEqualTo(60 * 60 - 40 * 40);
        Point p = r.nearestInside(30, 30);
        assertThat(r.containsPoint(p.x(), p.y())).isTrue();
        assertThat(Math.hypot(p.x() - 30, p.y() - 30)).isLessThan(21.0);
        for (int i = 0; i < 200; i++) {
            Point q = r.randomInside(random);
            assertThat(r.containsPoint(q.x(), q.y())).isTrue();
        }
    }
}
