package dev.promptcanvas.inference.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.inference.models.DevicePreference;
import dev.promptcanvas.inference.models.InstalledModel;
import dev.promptcanvas.inference.models.ModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 8-input decoder variant, and clear errors for wrong, truncated and manifest-less models. */
class Sam2ModelChecksTest {

    @TempDir
    Path tmp;

    @Test
    void signatureIsReadFromTheOnnxFile() {
        OnnxSignature dec = OnnxSignature.read(Fixtures.dir("fixture8").resolve("decoder.onnx"));
        assertThat(dec.inputNames()).containsExactly("image_embed", "high_res_feats_0", "high_res_feats_1",
                "point_coords", "point_labels", "mask_input", "has_mask_input", "orig_im_size");
        assertThat(dec.input("orig_im_size").orElseThrow().elemType()).isEqualTo(OnnxSignature.FLOAT);
        assertThat(dec.input("point_coords").orElseThrow().shape()).containsExactly(-1, -1, 2);
        assertThat(dec.outputNames()).containsExactly("masks", "iou_predictions");
        OnnxSignature enc = OnnxSignature.read(Fixtures.dir("fixture7").resolve("encoder.onnx"));
        assertThat(enc.inputNames()).containsExactly("image");
        assertThat(enc.input("image").orElseThrow().shape()).containsExactly(1, 3, 1024, 1024);
    }

    @Test
    void fullSizeDecoderVariantGivesTheSameMasks() {
        try (Sam2OnnxSegmenter seven = Fixtures.open("fixture7"); Sam2OnnxSegmenter eight = Fixtures.open("fixture8")) {
            assertThat(seven.fullSizeDecoder()).isFalse();
            assertThat(eight.fullSizeDecoder()).isTrue();
            var img = Fixtures.solid(300, 200, 0x406080);
            var prompts = List.<dev.promptcanvas.annotations.prompt.Prompt>of(new PointPrompt(100, 80, true),
                    new PointPrompt(130, 80, false));
            SegmentationResult a = seven.decode(seven.encode(img, "x"), prompts, null);
            SegmentationResult b = eight.decode(eight.encode(img, "x"), prompts, null);
            assertThat(b.bestIndex()).isEqualTo(a.bestIndex());
            for (int c = 0; c < 3; c++) {
                ReferenceMask ref = new ReferenceMask("", null, a.candidates().get(c).mask());
                // same logits, same bilinear resize in the graph: identical up to float rounding at the edge
                assertThat(ref.iou(b.candidates().get(c).mask())).isGreaterThan(0.99);
                // low-res logits are recovered by area-downsampling the full-size ones: same sign almost everywhere
                float[] la = a.candidates().get(c).lowResLogits();
                float[] lb = b.candidates().get(c).lowResLogits();
                int agree = 0;
                for (int i = 0; i < la.length; i++) {
                    agree += (la[i] > 0) == (lb[i] > 0) ? 1 : 0;
                }
                assertThat(agree).isGreaterThan((int) (0.99 * la.length));
            }
        }
    }

    @Test
    void decoderWithWrongInputsIsNamedInTheError() {
        assertThatThrownBy(() -> Fixtures.open("bad-inputs")).isInstanceOf(ModelException.class)
                .hasMessageContaining("decoder.onnx")
                .hasMessageContaining("missing input 'has_mask_input'")
                .hasMessageContaining("unexpected input 'mask_flag'");
    }

    @Test
    void encoderGivenAsDecoderIsRejected() {
        Path enc = Fixtures.dir("fixture7").resolve("encoder.onnx");
        assertThatThrownBy(() -> Sam2OnnxSegmenter.open("x", enc, enc, 1024, Sam2Options.defaults()))
                .isInstanceOf(ModelException.class).hasMessageContaining("missing input 'image_embed'")
                .hasMessageContaining("unexpected input 'image'");
    }

    @Test
    void truncatedModelFileGivesAClearError() throws IOException {
        Path dir = copyFixture("fixture7");
        byte[] dec = Files.readAllBytes(dir.resolve("decoder.onnx"));
        Files.write(dir.resolve("decoder.onnx"), Arrays.copyOf(dec, dec.length * 2 / 3));
        assertThatThrownBy(() -> Sam2OnnxSegmenter.open(InstalledModel.open(dir), Sam2Options.defaults()))
                .isInstanceOf(ModelException.class).hasMessageContaining("decoder.onnx")
                .hasMessageContaining("truncated");
        Files.write(dir.resolve("decoder.onnx"), new byte[0]);
        assertThatThrownBy(() -> Sam2OnnxSegmenter.open(InstalledModel.open(dir), Sam2Options.defaults()))
                .hasMessageContaining("empty");
        Files.writeString(dir.resolve("decoder.onnx"), "this is not a model, just some text\n");
        assertThatThrownBy(() -> Sam2OnnxSegmenter.open(InstalledModel.open(dir), Sam2Options.defaults()))
                .isInstanceOf(ModelException.class).hasMessageContaining("decoder.onnx");
    }

    @Test
    void modelFolderWithoutManifestIsRefused() throws IOException {
        Path dir = copyFixture("fixture7");
        Files.delete(dir.resolve("manifest.json"));
        assertThatThrownBy(() -> InstalledModel.open(dir)).isInstanceOf(ModelException.class)
                .hasMessageContaining("has no manifest.json");
    }

    @Test
    void embeddingOfAnotherModelIsRefused() {
        try (Sam2OnnxSegmenter sam = Fixtures.open("fixture7")) {
            ImageEmbedding other = new ClassicalSegmenter().encode(Fixtures.solid(10, 10, 0), "h");
            assertThatThrownBy(() -> sam.decode(other, List.of(new PointPrompt(1, 1, true)), null))
                    .hasMessageContaining("made by model 'classic'");
        }
    }

    @Test
    void selfTestRunsTheFixtureAndTheClassicalSegmenter() {
        try (Sam2OnnxSegmenter sam = Sam2OnnxSegmenter.open(InstalledModel.open(Fixtures.dir("fixture7")),
                new Sam2Options(DevicePreference.AUTO, 1, null))) {
            SelfTest.Report r = SelfTest.run(sam);
            assertThat(r.ok()).as(r.message()).isTrue();
            assertThat(r.device()).isEqualTo("cpu");
            assertThat(r.encodeMs()).isPositive();
        }
        SelfTest.Report c = SelfTest.run(new ClassicalSegmenter());
        assertThat(c.ok()).as(c.message()).isTrue();
    }

    private Path copyFixture(String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        for (String f : new String[] {"manifest.json", "encoder.onnx", "decoder.onnx"}) {
            Files.copy(Fixtures.dir(name).resolve(f), dir.resolve(f));
        }
        return dir;
    }
}
