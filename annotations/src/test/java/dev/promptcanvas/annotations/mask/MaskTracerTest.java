package dev.promptcanvas.annotations.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Ring;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.operation.valid.IsValidOp;

class MaskTracerTest {

    private static final GeometryFactory JTS = new GeometryFactory();

    @Test
    void exactTraceRasterisesBackToTheSameMask() {
        Random random = new Random(21);
        for (int i = 0; i < 150; i++) {
            int h = 8 + random.nextInt(60);
            int w = 8 + random.nextInt(60);
            byte[] m = randomMask(random, h, w);
            Rle rle = Rle.encodeColumnMajor(m, h, w);
            Optional<Polygon> traced = MaskTracer.trace(rle, 0);
            if (rle.area() == 0) {
                assertThat(traced).isEmpty();
                continue;
            }
            Polygon p = traced.orElseThrow();
            Rle back = PolygonRasterizer.rasterize(p, h, w);
            assertThat(MaskOps.iou(back, rle)).isGreaterThanOrEqualTo(0.98);
            assertThat(back).isEqualTo(rle);
            assertThat(p.area()).isEqualTo((double) rle.area());
            assertThat(holeCount(p)).isEqualTo(Components.holes(m, h, w));
            assertThat(p.parts()).hasSize(Components.count(m, h, w, true, false));
            assertThat(IsValidOp.isValid(toJts(p))).as("valid polygon for case %d", i).isTrue();
            assertOrientation(p);
        }
    }

    @Test
    void onePixelToleranceKeepsShapesAndHoles() {
        Random random = new Random(22);
        for (int i = 0; i < 80; i++) {
            int count = 1 + random.nextInt(4);
            int h = 30 + random.nextInt(80);
            int w = count * (20 + random.nextInt(40));
            byte[] m = MaskFixtures.separateBlobs(random, h, w, count);
            Rle rle = Rle.encodeColumnMajor(m, h, w);
            Polygon p = MaskTracer.trace(rle, 1).orElseThrow();
            Polygon exact = MaskTracer.trace(rle, 0).orElseThrow();
            assertThat(MaskOps.iou(PolygonRasterizer.rasterize(p, h, w), rle)).as("case %d", i)
                    .isGreaterThanOrEqualTo(0.9);
            assertThat(holeCount(p)).isEqualTo(holeCount(exact)).isEqualTo(Components.holes(m, h, w));
            assertThat(p.parts()).hasSameSizeAs(exact.parts()).hasSize(count);
            assertThat(vertexCount(p)).isLessThan(vertexCount(exact));
            assertThat(IsValidOp.isValid(toJts(p))).isTrue();
            assertOrientation(p);
        }
    }

    @Test
    void onePixelToleranceOnOverlappingBlobsStaysCloseOnAverage() {
        Random random = new Random(24);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < 100; i++) {
            int h = 40 + random.nextInt(60);
            int w = 40 + random.nextInt(60);
            byte[] m = MaskFixtures.blobs(random, h, w, 1 + random.nextInt(3), true);
            Rle rle = Rle.encodeColumnMajor(m, h, w);
            if (rle.area() > 0) {
                Polygon p = MaskTracer.trace(rle, 1).orElseThrow();
                sum += MaskOps.iou(PolygonRasterizer.rasterize(p, h, w), rle);
                n++;
                assertThat(holeCount(p)).isEqualTo(Components.holes(m, h, w));
            }
        }
        assertThat(sum / n).isGreaterThan(0.93);
    }

    @Test
    void manyRingsAreSimplifiedOneByOneAndAllKept() {
        Random random = new Random(25);
        int h = 120;
        int w = 120;
        byte[] m = MaskFixtures.noise(random, h * w, 0.45);
        Rle rle = Rle.encodeColumnMajor(m, h, w);
        Polygon exact = MaskTracer.trace(rle, 0).orElseThrow();
        assertThat(exact.allRings().size()).isGreaterThan(OutlineSimplifier.JOINT_RING_LIMIT);
        long start = System.nanoTime();
        Polygon p = MaskTracer.trace(rle, 1).orElseThrow();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
        assertThat(p.parts()).hasSameSizeAs(exact.parts());
        assertThat(holeCount(p)).isEqualTo(holeCount(exact));
        assertOrientation(p);
    }

    @Test
    void cornerTouchingPixelsAndCheckerboards() {
        byte[] diagonal = new byte[9];
        diagonal[0] = 1;
        diagonal[4] = 1;
        diagonal[8] = 1;
        Rle rle = Rle.encodeColumnMajor(diagonal, 3, 3);
        Polygon p = MaskTracer.trace(rle, 0).orElseThrow();
        assertThat(p.parts()).hasSize(3);
        assertThat(PolygonRasterizer.rasterize(p, 3, 3)).isEqualTo(rle);
        assertThat(IsValidOp.isValid(toJts(p))).isTrue();

        int n = 8;
        byte[] board = new byte[n * n];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                board[x * n + y] = (byte) ((x + y) % 2);
            }
        }
        Rle boardRle = Rle.encodeColumnMajor(board, n, n);
        Polygon boardPolygon = MaskTracer.trace(boardRle, 0).orElseThrow();
        assertThat(boardPolygon.parts()).hasSize(n * n / 2);
        assertThat(PolygonRasterizer.rasterize(boardPolygon, n, n)).isEqualTo(boardRle);
    }

    @Test
    void ringWithAHoleTouchingItAtACorner() {
        // A 3x3 ring of pixels whose hole (the centre) also touches the outside diagonally through a missing corner.
        String[] rows = {"11100", "10100", "11010", "00000"};
        int h = rows.length;
        int w = rows[0].length();
        byte[] m = new byte[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                m[x * h + y] = (byte) (rows[y].charAt(x) - '0');
            }
        }
        Rle rle = Rle.encodeColumnMajor(m, h, w);
        Polygon p = MaskTracer.trace(rle, 0).orElseThrow();
        assertThat(PolygonRasterizer.rasterize(p, h, w)).isEqualTo(rle);
        assertThat(holeCount(p)).isEqualTo(1);
        assertThat(IsValidOp.isValid(toJts(p))).isTrue();
    }

    @Test
    void singlePixelAndFullMask() {
        Rle pixel = Rle.ofCounts(4, 4, new int[] {5, 1, 10});
        Polygon p = MaskTracer.trace(pixel, 0).orElseThrow();
        assertThat(p.parts().get(0).shell().coordinates()).containsExactly(1, 1, 2, 1, 2, 2, 1, 2);
        Rle full = Rle.ofCounts(3, 5, new int[] {0, 15});
        Polygon whole = MaskTracer.trace(full, 2).orElseThrow();
        assertThat(whole.area()).isEqualTo(15.0);
        assertThat(PolygonRasterizer.rasterize(whole, 3, 5)).isEqualTo(full);
        assertThat(MaskTracer.trace(Rle.empty(5, 5), 0)).isEmpty();
        assertThat(MaskTracer.trace(Rle.empty(0, 5), 1)).isEmpty();
    }

    @Test
    void cocoRingsListEveryRingAndFillHoles() {
        Random random = new Random(23);
        for (int i = 0; i < 30; i++) {
            int h = 30 + random.nextInt(30);
            int w = 30 + random.nextInt(30);
            byte[] m = MaskFixtures.blobs(random, h, w, 2, true);
            Rle rle = Rle.encodeColumnMajor(m, h, w);
            if (rle.area() == 0) {
                continue;
            }
            Polygon p = MaskTracer.trace(rle, 0).orElseThrow();
            List<double[]> rings = MaskTracer.toCocoRings(p);
            assertThat(rings).hasSameSizeAs(p.allRings());
            assertThat(rings.get(0)).containsExactly(p.parts().get(0).shell().coordinates());
            Rle coco = PolygonRasterizer.rasterize(rings, h, w);
            assertThat(coco.toColumnMajor()).isEqualTo(Components.filled(m, h, w));
        }
    }

    @Test
    void badToleranceIsRefused() {
        Rle rle = Rle.ofCounts(2, 2, new int[] {1, 3});
        assertThatThrownBy(() -> MaskTracer.trace(rle, -1)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> MaskTracer.trace(rle, Double.NaN)).hasMessageContaining("tolerance");
    }

    private static byte[] randomMask(Random random, int h, int w) {
        int kind = random.nextInt(4);
        if (kind == 0) {
            return MaskFixtures.noise(random, h * w, random.nextDouble() * 0.6);
        }
        return MaskFixtures.blobs(random, h, w, 1 + random.nextInt(4), kind != 1);
    }

    private static int holeCount(Polygon p) {
        return p.parts().stream().mapToInt(part -> part.holes().size()).sum();
    }

    private static int vertexCount(Polygon p) {
        return p.allRings().stream().mapToInt(Ring::size).sum();
    }

    private static void assertOrientation(Polygon p) {
        for (PolygonPart part : p.parts()) {
            assertThat(part.shell().signedArea()).isPositive();
            for (Ring hole : part.holes()) {
                assertThat(hole.signedArea()).isNegative();
            }
        }
    }

    private static org.locationtech.jts.geom.Geometry toJts(Polygon p) {
        org.locationtech.jts.geom.Polygon[] parts = new org.locationtech.jts.geom.Polygon[p.parts().size()];
        for (int i = 0; i < parts.length; i++) {
            PolygonPart part = p.parts().get(i);
            LinearRing[] holes = part.holes().stream().map(MaskTracerTest::ring).toArray(LinearRing[]::new);
            parts[i] = JTS.createPolygon(ring(part.shell()), holes);
        }
        return JTS.createMultiPolygon(parts);
    }

    private static LinearRing ring(Ring r) {
        Coordinate[] c = new Coordinate[r.size() + 1];
        for (int i = 0; i < r.size(); i++) {
            c[i] = new Coordinate(r.x(i), r.y(i));
        }
        c[r.size()] = c[0];
        return JTS.createLinearRing(c);
    }
}
