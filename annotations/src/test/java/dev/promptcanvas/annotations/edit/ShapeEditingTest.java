package dev.promptcanvas.annotations.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShapeEditingTest {

    private static final Polygon SQUARE_WITH_HOLE = new Polygon(List.of(new PolygonPart(
            Ring.of(0, 0, 10, 0, 10, 10, 0, 10), List.of(Ring.of(4, 4, 6, 4, 6, 6, 4, 6)))));

    @Test
    void polygonHitsRespectHoles() {
        assertThat(HitTest.hits(SQUARE_WITH_HOLE, 2, 2, 0)).isTrue();
        assertThat(HitTest.hits(SQUARE_WITH_HOLE, 5, 5, 0)).isFalse();
        assertThat(HitTest.hits(SQUARE_WITH_HOLE, 5, 5, 1.1)).isTrue();
        assertThat(HitTest.hits(SQUARE_WITH_HOLE, 12, 5, 1)).isFalse();
        assertThat(HitTest.hits(SQUARE_WITH_HOLE, 10.5, 5, 1)).isTrue();
    }

    @Test
    void maskHitsFollowPixels() {
        byte[] rowMajor = new byte[5 * 4];
        rowMajor[2 * 5 + 3] = 1;
        Rle rle = Rle.encodeRowMajor(rowMajor, 4, 5);
        Mask m = new Mask(rle);
        assertThat(HitTest.hits(m, 3.5, 2.5, 0)).isTrue();
        assertThat(HitTest.hits(m, 2.5, 2.5, 0)).isFalse();
        assertThat(HitTest.hits(m, -1, 2, 0)).isFalse();
        Random random = new Random(3);
        for (int k = 0; k < 200; k++) {
            byte[] pixels = new byte[7 * 9];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (byte) random.nextInt(2);
            }
            Rle r = Rle.encodeRowMajor(pixels, 7, 9);
            int x = random.nextInt(9);
            int y = random.nextInt(7);
            assertThat(HitTest.maskPixel(r, x, y)).isEqualTo(pixels[y * 9 + x] == 1);
        }
    }

    @Test
    void linesAndPointsHitWithinTolerance() {
        assertThat(HitTest.hits(Polyline.of(0, 0, 10, 0), 5, 0.9, 1)).isTrue();
        assertThat(HitTest.hits(Polyline.of(0, 0, 10, 0), 5, 1.1, 1)).isFalse();
        assertThat(HitTest.hits(new Point(3, 4), 0, 0, 5)).isTrue();
        assertThat(HitTest.hits(new Arrow(new Point(0, 0), new Point(0, 10)), 0.5, 12, 1)).isFalse();
        assertThat(HitTest.hits(new Ellipse(0, 0, 10, 2, 90), 0, 9, 0)).isTrue();
        assertThat(HitTest.hits(new Ellipse(0, 0, 10, 2, 90), 9, 0, 0)).isFalse();
    }

    @Test
    void draggingABoxCornerPastTheOppositeOneNormalises() {
        Box b = new Box(10, 10, 20, 20);
        Handle corner = ShapeHandles.hit(b, 10.5, 10.5, 2).orElseThrow();
        assertThat(corner.kind()).isEqualTo(Handle.Kind.BOX_CORNER);
        Geometry moved = ShapeHandles.drag(b, corner, 30, 5);
        assertThat(moved).isEqualTo(new Box(20, 5, 30, 20));
        Handle edge = ShapeHandles.hit(b, 15, 20, 1).orElseThrow();
        assertThat(ShapeHandles.drag(b, edge, 99, 25)).isEqualTo(new Box(10, 10, 20, 25));
    }

    @Test
    void polygonVertexMoveInsertDelete() {
        Handle h = ShapeHandles.hit(SQUARE_WITH_HOLE, 6.2, 6.1, 0.5).orElseThrow();
        assertThat(h.ring()).isEqualTo(1);
        Polygon moved = (Polygon) ShapeHandles.drag(SQUARE_WITH_HOLE, h, 7, 7);
        assertThat(moved.parts().get(0).holes().get(0).coordinates()).containsExactly(4, 4, 6, 4, 7, 7, 4, 6);

        PolygonEdits.EdgeHit edge = PolygonEdits.nearestEdge(SQUARE_WITH_HOLE, 5, -0.4, 1).orElseThrow();
        assertThat(edge.index()).isZero();
        assertThat(edge.y()).isZero();
        Polygon inserted = PolygonEdits.insertVertex(SQUARE_WITH_HOLE, edge.part(), edge.ring(), edge.index(),
                edge.x(), edge.y());
        assertThat(inserted.parts().get(0).shell().size()).isEqualTo(5);
        assertThat(inserted.area()).isEqualTo(SQUARE_WITH_HOLE.area());

        Polygon deleted = PolygonEdits.deleteVertex(inserted, 0, 0, 1).orElseThrow();
        assertThat(deleted).isEqualTo(SQUARE_WITH_HOLE);
        assertThat(PolygonEdits.deleteVertex(Polygon.of(0, 0, 1, 0, 1, 1), 0, 0, 0)).isEmpty();
    }

    @Test
    void arrowAndEllipseHandles() {
        Arrow a = new Arrow(new Point(0, 0), new Point(10, 0));
        Handle head = ShapeHandles.hit(a, 10, 0.5, 1).orElseThrow();
        assertThat(ShapeHandles.drag(a, head, 3, 4)).isEqualTo(new Arrow(new Point(0, 0), new Point(3, 4)));
        Ellipse e = new Ellipse(0, 0, 5, 2, 0);
        Handle rx = ShapeHandles.hit(e, 5, 0, 0.5).orElseThrow();
        assertThat(ShapeHandles.drag(e, rx, 0, 8)).isEqualTo(new Ellipse(0, 0, 8, 2, 0));
    }
}
