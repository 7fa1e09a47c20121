package dev.promptcanvas.annotations.mask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void eachAreaGeometryBecomesItsMask() {
        assertThat(Masks.fromGeometry(Box.ofXywh(1, 1, 2, 2), 5, 5).toCompressedString()).isEqualTo("62309");
        assertThat(Masks.fromGeometry(Polygon.of(1, 1, 3, 1, 3, 3, 1, 3), 5, 5).toCompressedString())
                .isEqualTo("62309");
        Rle circle = Masks.fromGeometry(Ellipse.circle(10, 10, 5), 20, 20);
        assertThat((double) circle.area()).isCloseTo(Math.PI * 25, org.assertj.core.data.Percentage.withPercentage(8));
        assertThat(circle.bboxXywh()).containsExactly(5, 5, 10, 10);
        Rle rle = Rle.ofCounts(3, 3, new int[] {4, 1, 4});
        assertThat(Masks.fromGeometry(new Mask(rle), 3, 3)).isSameAs(rle);
    }

    @Test
    void cocoAreaAndBoxComeFromTheRaster() {
        // pycocotools 2.0.11: frPyObjects(np.array([[0.5,0.5,3,2]]), 10, 10) -> area 6, bbox [1,1,3,2].
        Box box = Box.ofXywh(0.5, 0.5, 3, 2);
        assertThat(Masks.cocoArea(box, 10, 10)).isEqualTo(6);
        assertThat(Masks.cocoBbox(box, 10, 10)).containsExactly(1, 1, 3, 2);
        assertThat(Masks.cocoArea(Box.ofXywh(20, 20, 3, 3), 10, 10)).isZero();
    }

    @Test
    void geometriesWithoutAreaAndWrongSizesAreRefused() {
        assertThatThrownBy(() -> Masks.fromGeometry(new Point(1, 1), 5, 5)).hasMessageContaining("point");
        assertThatThrownBy(() -> Masks.fromGeometry(Polyline.of(0, 0, 1, 1), 5, 5)).hasMessageContaining("polyline");
        assertThatThrownBy(() -> Masks.fromGeometry(new Arrow(new Point(0, 0), new Point(1, 1)), 5, 5))
                .hasMessageContaining("arrow");
        assertThatThrownBy(() -> Masks.fromGeometry(new Mask(Rle.empty(4, 5)), 5, 4))
                .hasMessageContaining("[4, 5]").hasMessageContaining("[5, 4]");
    }
}
