package dev.promptcanvas.annotations.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.mask.Rle;
import org.junit.jupiter.api.Test;

class BrushStrokesTest {

    @Test
    void aDotIsADisc() {
        Rle rle = BrushStrokes.rasterize(Polyline.of(50, 50, 50.001, 50), 10, 100, 100);
        assertThat((double) rle.area()).isCloseTo(Math.PI * 100, within(15.0));
        assertThat(HitTest.maskPixel(rle, 50, 50)).isTrue();
        assertThat(HitTest.maskPixel(rle, 50, 61)).isFalse();
    }

    @Test
    void aLineIsACapsule() {
        Rle rle = BrushStrokes.rasterize(Polyline.of(10, 20, 60, 20), 5, 40, 80);
        double expected = 50 * 10 + Math.PI * 25;
        assertThat((double) rle.area()).isCloseTo(expected, within(expected * 0.06));
        assertThat(rle.bboxXywh()).containsExactly(5, 15, 60, 10);
    }

    @Test
    void strokesAreClippedToTheImage() {
        Rle rle = BrushStrokes.rasterize(Polyline.of(-20, -20, 3, 3), 4, 10, 10);
        assertThat(rle.area()).isPositive();
        assertThat(rle.height()).isEqualTo(10);
        assertThatThrownBy(() -> BrushStrokes.rasterize(Polyline.of(0, 0, 1, 1), 0, 5, 5))
                .hasMessageContaining("radius");
    }
}
