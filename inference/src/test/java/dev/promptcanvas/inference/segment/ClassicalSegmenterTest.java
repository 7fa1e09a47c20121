package dev.promptcanvas.inference.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.prompt.ArrowPrompt;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import dev.promptcanvas.annotations.prompt.TextPrompt;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenCV segmenter on the sample photos against reference masks made by thresholding / by hand. */
class ClassicalSegmenterTest {

    private final ClassicalSegmenter seg = new ClassicalSegmenter();

    private SegmentationResult run(ReferenceMask ref, List<Prompt> prompts) throws IOException {
        BufferedImage img = Fixtures.sample(ref.image());
        return seg.decode(seg.encode(img, ref.image()), prompts, null);
    }

    @Test
    void boxAroundOneCoinMatchesTheThresholdedReference() throws IOException {
        for (String coin : new String[] {"coin-left", "coin-helmet"}) {
            ReferenceMask ref = ReferenceMask.load(coin);
            SegmentationResult r = run(ref, List.of(new BoxPrompt(ref.box())));
            assertThat(ref.iou(r.best().mask())).as(coin).isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void clickOnACoinAloneFindsIt() throws IOException {
        ReferenceMask ref = ReferenceMask.load("coin-left");
        SegmentationResult r = run(ref, List.of(new PointPrompt(45, 124, true)));
        assertThat(r.candidates()).hasSize(3);
        assertThat(ref.iou(r.best().mask())).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void boxAroundTheCupRefinedByScribblesGivesAGoodMask() throws IOException {
        ReferenceMask ref = ReferenceMask.load("coffee-cup");
        SegmentationResult boxOnly = run(ref, List.of(new BoxPrompt(ref.box())));
        // the red body looks like the red saucer: a box alone finds the rim and the coffee (IoU ~0.67); a positive
        // scribble along the body and one on the handle, and negative scribbles on the saucer inside the box,
        // make the mask good
        SegmentationResult refined = run(ref, List.of(new BoxPrompt(ref.box()),
                new ScribblePrompt(Polyline.of(190, 170, 230, 235, 290, 262, 350, 240, 392, 175), true),
                new ScribblePrompt(Polyline.of(215, 245, 220, 295), true),
                new ScribblePrompt(Polyline.of(172, 250, 185, 300, 260, 300, 320, 300), false),
                new ScribblePrompt(Polyline.of(412, 200, 395, 250, 350, 300), false)));
        double iouBox = ref.iou(boxOnly.best().mask());
        double iouRefined = ref.iou(refined.best().mask());
        assertThat(iouBox).isGreaterThan(0.6);
        assertThat(iouRefined).isGreaterThanOrEqualTo(0.85).isGreaterThan(iouBox);
    }

    @Test
    void negativeScribbleRemovesWhatItCovers() throws IOException {
        ReferenceMask ref = ReferenceMask.load("coin-helmet");
        SegmentationResult r = run(ref, List.of(new BoxPrompt(ref.box()),
                new ScribblePrompt(Polyline.of(250, 119, 290, 119), false)));
        byte[] m = r.best().mask().toRowMajor();
        assertThat(m[119 * 384 + 270]).isZero();
    }

    @Test
    void arrowHeadActsAsAPositiveClick() throws IOException {
        ReferenceMask ref = ReferenceMask.load("coin-left");
        SegmentationResult r = run(ref, List.of(new ArrowPrompt(new Arrow(new Point(5, 5), new Point(45, 124)))));
        assertThat(ref.iou(r.best().mask())).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void badPromptsAreRejectedClearly() throws IOException {
        BufferedImage img = Fixtures.sample("coins.png");
        ImageEmbedding e = seg.encode(img, "coins");
        assertThatThrownBy(() -> seg.decode(e, List.of(), null)).isInstanceOf(PromptException.class)
                .hasMessageContaining("empty prompt");
        assertThatThrownBy(() -> seg.decode(e, List.of(new PointPrompt(500, 10, true)), null))
                .isInstanceOf(PromptException.class).hasMessageContaining("outside the image");
        assertThatThrownBy(() -> seg.decode(e, List.of(new PointPrompt(50, 10, false)), null))
                .isInstanceOf(PromptException.class).hasMessageContaining("no positive prompt");
        assertThatThrownBy(() -> seg.decode(e, List.of(new TextPrompt("coin")), null))
                .isInstanceOf(PromptException.class).hasMessageContaining("text prompt");
    }
}
