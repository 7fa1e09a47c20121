package dev.promptcanvas.inference.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real ONNX Runtime sessions (through DJL) on the tiny fixture whose decoder draws known discs and boxes. */
class Sam2OnnxSegmenterTest {

    static Sam2OnnxSegmenter sam;

    @BeforeAll
    static void open() {
        sam = Fixtures.open("fixture7");
    }

    @AfterAll
    static void close() {
        sam.close();
    }

    @Test
    void encoderOutputsAreBoundByNameAndNormalisedPerChannel() {
        int r = 200;
        int g = 100;
        int b = 30;
        ImageEmbedding e = sam.encode(Fixtures.solid(300, 200, r << 16 | g << 8 | b), "solid");
        assertThat(e.require("image_embed").shape()).containsExactly(1, 256, 64, 64);
        assertThat(e.require("high_res_feats_0").shape()).containsExactly(1, 32, 256, 256);
        assertThat(e.require("high_res_feats_1").shape()).containsExactly(1, 64, 128, 128);
        // fixture: channels 0..2 of every output are the block means of the normalised R, G, B planes
        float[] emb = e.require("image_embed").floats();
        int plane = 64 * 64;
        int[] rgb = {r, g, b};
        double[] mean = {0.485, 0.456, 0.406};
        double[] std = {0.229, 0.224, 0.225};
        for (int c = 0; c < 3; c++) {
            double expected = (rgb[c] / 255.0 - mean[c]) / std[c];
            assertThat((double) emb[c * plane + 17 * 64 + 40]).isCloseTo(expected, within(1e-4));
        }
    }

    @Test
    void resizeStretchesWithoutKeepingTheAspectRatio() {
        // left half red, right half blue on a 600x200 image: after a stretch to 1024x1024, the embedding's
        // column 31 (x 496..511 of 1024 = image x 290.6..299.4) is red and column 32 blue in every row
        BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 600; x++) {
                img.setRGB(x, y, x < 300 ? 0xFF0000 : 0x0000FF);
            }
        }
        float[] emb = sam.encode(img, "halves").require("image_embed").floats();
        // red share of the 16 stretched pixels of columns 31 and 32 under half-pixel bilinear sampling
        double[] share = new double[2];
        for (int col = 0; col < 2; col++) {
            for (int ox = (31 + col) * 16; ox < (32 + col) * 16; ox++) {
                double s = (ox + 0.5) * 600 / 1024 - 0.5;
                share[col] += (s <= 299 ? 1 : s >= 300 ? 0 : 300 - s) / 16;
            }
        }
        assertThat(share[0]).isGreaterThan(0.9);
        assertThat(share[1]).isLessThan(0.1);
        for (int row : new int[] {0, 31, 63}) {
            for (int col = 0; col < 2; col++) {
                assertThat((double) emb[row * 64 + 31 + col]).isCloseTo((share[col] - 0.485) / 0.229, within(1e-4));
            }
        }
    }

    @Test
    void oneClickGivesThreeDiscsAtTheTransformedPointAndPicksTheHighestIou() {
        int w = 600;
        int h = 400;
        ImageEmbedding e = sam.encode(Fixtures.solid(w, h, 0x808080), "grey");
        double px = 300;
        double py = 200;
        SegmentationResult res = sam.decode(e, List.of(new PointPrompt(px, py, true)), null);
        assertThat(res.candidates()).hasSize(3);
        // fixture: iou = 1 - |area fraction - 0.05|; at the centre the radius-128 disc (4.9 %) wins
        assertThat(res.bestIndex()).isEqualTo(1);
        for (int c = 0; c < 3; c++) {
            Rle m = res.candidates().get(c).mask();
            assertThat(m.width()).isEqualTo(w);
            assertThat(m.height()).isEqualTo(h);
            // an ellipse in image space: radius R/1024*W horizontally, R/1024*H vertically
            double rx = Fixtures.RADII[c] / 1024 * w;
            double ry = Fixtures.RADII[c] / 1024 * h;
            double[] bbox = m.bboxXywh();
            assertThat(bbox[2]).isCloseTo(2 * rx, within(3.0));
            assertThat(bbox[3]).isCloseTo(2 * ry, within(3.0));
            assertThat(bbox[0] + bbox[2] / 2).isCloseTo(px, within(1.5));
            assertThat(bbox[1] + bbox[3] / 2).isCloseTo(py, within(1.5));
            assertThat((double) m.area()).isCloseTo(Math.PI * rx * ry, within(0.04 * Math.PI * rx * ry));
        }
        float[] scores = {res.candidates().get(0).score(), res.candidates().get(1).score(),
            res.candidates().get(2).score()};
        assertThat(scores[1]).isGreaterThan(scores[0]).isGreaterThan(scores[2]);
    }

    @Test
    void aCornerClickPicksTheLargestCandidate() {
        ImageEmbedding e = sam.encode(Fixtures.solid(500, 300, 0x808080), "grey-corner");
        SegmentationResult res = sam.decode(e, List.of(new PointPrompt(0, 0, true)), null);
        assertThat(res.bestIndex()).isEqualTo(2);
    }

    @Test
    void negativePointCarvesAHoleAndBoxLabelsMakeABox() {
        int w = 512;
        int h = 512;
        ImageEmbedding e = sam.encode(Fixtures.solid(w, h, 0x808080), "grey-512");
        // positive at (256,256), negative 40 px to the right: the disc loses a radius-24 (48/1024*512) hole
        SegmentationResult res = sam.decode(e, List.of(new PointPrompt(256, 256, true),
                new PointPrompt(296, 256, false)), null);
        byte[] m = res.candidates().get(2).mask().toRowMajor();
        assertThat(m[256 * w + 296]).isZero();
        assertThat(m[256 * w + 296 + 30]).isEqualTo((byte) 1);
        assertThat(m[256 * w + 230]).isEqualTo((byte) 1);
        // box (labels 2, 3) -> the box itself in every candidate (it is larger than the discs are small)
        Box box = new Box(100, 50, 400, 450);
        SegmentationResult boxed = sam.decode(e, List.of(new BoxPrompt(box)), null);
        for (MaskCandidate c : boxed.candidates()) {
            double[] bb = c.mask().bboxXywh();
            assertThat(bb[0]).isCloseTo(100, within(2.0));
            assertThat(bb[1]).isCloseTo(50, within(2.0));
            assertThat(bb[0] + bb[2]).isCloseTo(400, within(2.0));
            assertThat(bb[1] + bb[3]).isCloseTo(450, within(2.0));
        }
    }

    @Test
    void refinementFeedsTheChosenLogitsBackAsMaskInput() {
        ImageEmbedding e = sam.encode(Fixtures.solid(256, 256, 0x808080), "grey-256");
        List<Prompt> click = List.of(new PointPrompt(128, 128, true));
        SegmentationResult first = sam.decode(e, click, null);
        float[] chosen = first.best().lowResLogits();
        SegmentationResult second = sam.decode(e, click, chosen);
        // fixture: masks = clip(raw + has_mask_input * mask_input, -32, 32)
        for (int c = 0; c < 3; c++) {
            float[] a = first.candidates().get(c).lowResLogits();
            float[] b = second.candidates().get(c).lowResLogits();
            for (int i = 0; i < a.length; i += 97) {
                float expected = Math.max(-32, Math.min(32, a[i] + chosen[i]));
                if (Math.abs(a[i]) < 32) {
                    assertThat(b[i]).isCloseTo(expected, within(1e-3f));
                }
            }
        }
        // without feedback the same click gives the first answer again
        assertThat(sam.decode(e, click, null).best().lowResLogits()).containsExactly(chosen);
    }
}
