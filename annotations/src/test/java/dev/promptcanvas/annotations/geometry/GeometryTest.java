package dev.promptcanvas.annotations.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void boxIouAndConversions() {
        Box a = new Box(0, 0, 10, 10);
        Box b = new Box(5, 5, 15, 15);
        assertThat(a.iou(b)).isCloseTo(25.0 / 175.0, within(1e-12));
        assertThat(a.iou(new Box(20, 20, 30, 30))).isZero();
        assertThat(Box.ofXywh(1, 2, 3, 4)).isEqualTo(new Box(1, 2, 4, 6));
        assertThat(Box.ofCorners(5, 6, 1, 2)).isEqualTo(new Box(1, 2, 5, 6));
        assertThat(a.toXywh()).containsExactly(0, 0, 10, 10);
    }

    @Test
    void invalidCoordinatesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> new Box(0, 0, Double.NaN, 1)).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> new Box(5, 0, 1, 1)).hasMessageContaining("out of order");
        assertThatThrownBy(() -> Polygon.of(0, 0, 1, 1)).hasMessageContaining("at least 3 points");
        assertThatThrownBy(() -> Polygon.of(0, 0, 1, 1, 2)).hasMessageContaining("odd number");
        assertThatThrownBy(() -> Polyline.of(1, 1)).hasMessageContaining("at least 2 points");
        assertThatThrownBy(() -> new Ellipse(0, 0, -1, 1, 0)).hasMessageContaining("negative radius");
    }

    @Test
    void boundsAndAreasComeFromOnePlace() {
        Polygon withHole = new Polygon(List.of(new PolygonPart(Ring.of(0, 0, 10, 0, 10, 10, 0, 10),
                List.of(Ring.of(2, 2, 4, 2, 4, 4, 2, 4)))));
        assertThat(GeometryMeasures.area(withHole)).isEqualTo(96);
        assertThat(withHole.bounds()).isEqualTo(new Box(0, 0, 10, 10));
        assertThat(new Ellipse(5, 5, 4, 2, 90).bounds().width()).isCloseTo(4, within(1e-9));
        assertThat(new Arrow(new Point(5, 1), new Point(1, 5)).bounds()).isEqualTo(new Box(1, 1, 5, 5));
        byte[] m = new byte[4 * 4];
        m[5] = 1;
        m[6] = 1;
        Mask mask = new Mask(Rle.encodeRowMajor(m, 4, 4));
        assertThat(mask.bounds()).isEqualTo(new Box(1, 1, 3, 2));
        assertThat(GeometryMeasures.area(mask)).isEqualTo(2);
        assertThat(GeometryMeasures.area(Polyline.of(0, 0, 3, 4))).isZero();
    }

    @Test
    void translateReturnsNewValues() {
        Polygon p = Polygon.of(0, 0, 2, 0, 2, 2);
        Polygon moved = p.translate(1, 1);
        assertThat(moved.parts().get(0).shell().coordinates()).containsExactly(1, 1, 3, 1, 3, 3);
        assertThat(p.parts().get(0).shell().coordinates()).containsExactly(0, 0, 2, 0, 2, 2);
        byte[] m = new byte[3 * 3];
        m[0] = 1;
        Mask mask = new Mask(Rle.encodeRowMajor(m, 3, 3));
        assertThat(mask.translate(2, 1).bounds()).isEqualTo(new Box(2, 1, 3, 2));
        assertThat(mask.translate(5, 5).area()).isZero();
    }
}
