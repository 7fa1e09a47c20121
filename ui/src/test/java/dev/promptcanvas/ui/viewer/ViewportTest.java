package dev.promptcanvas.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void fitCentresTheImageAndKeepsItsAspect() {
        Viewport v = new Viewport();
        v.fit(600, 400, 1200, 1000);
        assertThat(v.scale()).isEqualTo(2.0);
        assertThat(v.toScreenX(0)).isEqualTo(0);
        assertThat(v.toScreenY(0)).isEqualTo(100);
        assertThat(v.toScreenY(400)).isEqualTo(900);
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        Viewport v = new Viewport();
        v.fit(600, 400, 600, 400);
        double ix = v.toImageX(123);
        double iy = v.toImageY(77);
        v.zoomAt(123, 77, 1.7);
        assertThat(v.toImageX(123)).isCloseTo(ix, within(1e-9));
        assertThat(v.toImageY(77)).isCloseTo(iy, within(1e-9));
        assertThat(v.scale()).isCloseTo(1.7, within(1e-12));
    }

    @Test
    void screenAndImageAreInverse() {
        Viewport v = new Viewport();
        v.fit(1000, 500, 640, 480);
        v.zoomAt(10, 20, 3);
        v.panBy(-55, 31);
        for (double x : new double[] {-10, 0, 17.25, 999}) {
            assertThat(v.toImageX(v.toScreenX(x))).isCloseTo(x, within(1e-9));
            assertThat(v.toImageY(v.toScreenY(x))).isCloseTo(x, within(1e-9));
        }
    }

    @Test
    void actualSizeIsOneToOne() {
        Viewport v = new Viewport();
        v.fit(4000, 3000, 800, 600);
        v.actualSize(400, 300);
        assertThat(v.scale()).isCloseTo(1.0, within(1e-12));
    }
}
