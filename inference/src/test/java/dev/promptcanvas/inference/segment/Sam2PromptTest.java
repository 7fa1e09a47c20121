package dev.promptcanvas.inference.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.prompt.ArrowPrompt;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.MaskPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import dev.promptcanvas.annotations.prompt.TextPrompt;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Label encoding and coordinate transform of every prompt kind for SAM2's decoder. */
class Sam2PromptTest {

    @Test
    void pointsAreScaledPerAxisAndLabelledOneOrZero() {
        Sam2Prompt p = Sam2Prompt.encode(List.of(new PointPrompt(150, 300, true), new PointPrompt(600, 0, false)),
                600, 400, 1024);
        assertThat(p.count()).isEqualTo(2);
        assertThat(p.coords()).containsExactly(256f, 768f, 1024f, 0f);
        assertThat(p.labels()).containsExactly(1f, 0f);
        assertThat(p.maskInput()).isNull();
    }

    @Test
    void boxGoesFirstAsLabelsTwoAndThreeEvenWhenGivenLast() {
        Sam2Prompt p = Sam2Prompt.encode(List.of(new PointPrompt(10, 20, true),
                new BoxPrompt(new Box(100, 50, 300, 200))), 400, 400, 1024);
        assertThat(p.labels()).containsExactly(2f, 3f, 1f);
        assertThat(p.coords()).containsExactly(256f, 128f, 768f, 512f, 25.6f, 51.2f);
    }

    @Test
    void boxStickingOutOfTheImageIsClippedAndOneWhollyOutsideIsRejected() {
        Sam2Prompt p = Sam2Prompt.encode(List.of(new BoxPrompt(new Box(-20, -10, 50, 500))), 100, 100, 1024);
        assertThat(p.coords()).containsExactly(0f, 0f, 512f, 1024f);
        assertThatThrownBy(() -> Sam2Prompt.encode(List.of(new BoxPrompt(new Box(120, 0, 150, 50))), 100, 100, 1024))
                .isInstanceOf(PromptException.class).hasMessageContaining("no area inside the image");
        assertThatThrownBy(() -> Sam2Prompt.encode(List.of(new BoxPrompt(new Box(0, 0, 5, 5)),
                new BoxPrompt(new Box(1, 1, 6, 6))), 100, 100, 1024)).hasMessageContaining("second box");
    }

    @Test
    void scribblesBecomeArcLengthSamplesWithTheirSign() {
        // an L: 100 px right, then 60 px down = 160 px, 11 samples 16 px apart
        Polyline l = Polyline.of(0, 0, 100, 0, 100, 60);
        List<Point> s = ScribbleSampler.sample(l);
        assertThat(s).hasSize(11);
        for (int i = 1; i < s.size(); i++) {
            double along = i * 16.0;
            Point expected = along <= 100 ? new Point(along, 0) : new Point(100, along - 100);
            assertThat(s.get(i).x()).isCloseTo(expected.x(), within(1e-9));
            assertThat(s.get(i).y()).isCloseTo(expected.y(), within(1e-9));
        }
        Sam2Prompt p = Sam2Prompt.encode(List.of(new ScribblePrompt(l, false)), 1024, 1024, 1024);
        assertThat(p.labels()).hasSize(11).containsOnly(0f);
    }

    @Test
    void longScribblesAreCappedAtSixteenPoints() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 50; trial++) {
            int n = 2 + rnd.nextInt(40);
            double[] xy = new double[2 * n];
            for (int i = 0; i < xy.length; i++) {
                xy[i] = rnd.nextDouble() * 500;
            }
            Polyline stroke = Polyline.of(xy);
            List<Point> s = ScribbleSampler.sample(stroke);
            assertThat(s.size()).isBetween(1, ScribbleSampler.MAX_POINTS);
            assertThat(s.get(0)).isEqualTo(new Point(xy[0], xy[1]));
            assertThat(s.get(s.size() - 1).x()).isCloseTo(xy[2 * n - 2], within(1e-6));
            assertThat(s.get(s.size() - 1).y()).isCloseTo(xy[2 * n - 1], within(1e-6));
        }
    }

    @Test
    void arrowHeadIsAPositivePointAndTheTailIsNotUsed() {
        Sam2Prompt p = Sam2Prompt.encode(List.of(new ArrowPrompt(new Arrow(new Point(0, 0), new Point(50, 25)))),
                100, 50, 1024);
        assertThat(p.coords()).containsExactly(512f, 512f);
        assertThat(p.labels()).containsExactly(1f);
    }

    @Test
    void maskPromptBecomesMaskInputLogits() {
        // left half of a 512x512 image set: cells 0..127 of each row +10, 128..255 -10
        byte[] m = new byte[512 * 512];
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 256; x++) {
                m[y * 512 + x] = 1;
            }
        }
        Sam2Prompt p = Sam2Prompt.encode(List.of(new MaskPrompt(new Mask(Rle.encodeRowMajor(m, 512, 512))),
                new PointPrompt(100, 100, true)), 512, 512, 1024);
        assertThat(p.maskInput()).hasSize(256 * 256);
        assertThat(p.maskInput()[5 * 256 + 127]).isEqualTo(10f);
        assertThat(p.maskInput()[200 * 256 + 128]).isEqualTo(-10f);
    }

    @Test
    void unusablePromptsAreRejectedWithAReason() {
        assertThatThrownBy(() -> Sam2Prompt.encode(List.of(), 10, 10, 1024)).isInstanceOf(PromptException.class)
                .hasMessageContaining("empty prompt");
        assertThatThrownBy(() -> Sam2Prompt.encode(List.of(new PointPrompt(11, 5, true)), 10, 10, 1024))
                .hasMessageContaining("point (11.0, 5.0) is outside the image");
        assertThatThrownBy(() -> Sam2Prompt.encode(List.of(new TextPrompt("cat")), 10, 10, 1024))
                .hasMessageContaining("text prompt");
        assertThatThrownBy(() -> Sam2Prompt.encode(List.of(new MaskPrompt(new Mask(Rle.empty(10, 10)))), 10, 10,
                1024)).hasMessageContaining("mask prompt alone");
        assertThatThrownBy(() -> Sam2Prompt.encode(List.of(new MaskPrompt(new Mask(Rle.empty(5, 10))),
                new PointPrompt(1, 1, true)), 10, 10, 1024)).hasMessageContaining("mask is 10x5");
        assertThatThrownBy(() -> Sam2Prompt.encode(List.of(new ScribblePrompt(Polyline.of(1, 1, 30, 1), true)), 10,
                10, 1024)).hasMessageContaining("scribble point");
    }
}
