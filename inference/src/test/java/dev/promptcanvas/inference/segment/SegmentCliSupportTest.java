package dev.promptcanvas.inference.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import dev.promptcanvas.inference.models.ModelException;
import dev.promptcanvas.inference.models.ModelRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code promptcanvas segment} relies on: prompt syntax, repeated runs, medians, JSON and PNG output. */
class SegmentCliSupportTest {

    @TempDir
    Path tmp;

    @Test
    void promptSyntaxParsesPointsBoxesAndScribbles() {
        assertThat(PromptSyntax.point("10,20")).isEqualTo(new PointPrompt(10, 20, true));
        assertThat(PromptSyntax.point("10.5, 20,neg")).isEqualTo(new PointPrompt(10.5, 20, false));
        assertThat(PromptSyntax.box("50,60,10,20").box()).isEqualTo(new Box(10, 20, 50, 60));
        ScribblePrompt s = PromptSyntax.scribble("1,2;3,4;5,6,neg");
        assertThat(s.positive()).isFalse();
        assertThat(s.stroke().coordinates()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThatThrownBy(() -> PromptSyntax.point("1")).hasMessageContaining("expected X,Y");
        assertThatThrownBy(() -> PromptSyntax.point("1,2,maybe")).hasMessageContaining("neg or pos");
        assertThatThrownBy(() -> PromptSyntax.box("1,1,1,5")).hasMessageContaining("no area");
        assertThatThrownBy(() -> PromptSyntax.scribble("1,2")).hasMessageContaining("two vertices");
        assertThatThrownBy(() -> PromptSyntax.scribble("1,2;3")).hasMessageContaining("vertex 2");
    }

    @Test
    void repeatedRunsGiveMedianTimingsAndAJsonReport() throws IOException {
        try (Sam2OnnxSegmenter sam = Fixtures.open("fixture7")) {
            List<Prompt> prompts = List.of(new BoxPrompt(new Box(20, 20, 120, 80)), new PointPrompt(60, 50, true));
            SegmentRuns.Outcome run = SegmentRuns.run(sam, Fixtures.solid(200, 100, 0x777777), "h", prompts, 5);
            assertThat(run.timings()).hasSize(5);
            String json = SegmentationReport.toJson("img.png", sam.modelId(), sam.device(), run.result(),
                    run.timings());
            JsonNode j = new ObjectMapper().readTree(json);
            Rle rle = Rle.fromString(j.get("segmentation").get("counts").asText(), 100, 200);
            assertThat(rle).isEqualTo(run.result().best().mask());
            assertThat(j.get("timings_ms").get("runs").asInt()).isEqualTo(5);
            double[] decodes = run.timings().stream().mapToDouble(StageTimings::decodeMs).sorted().toArray();
            assertThat(j.get("timings_ms").get("decode").asDouble()).isEqualTo(decodes[2]);
            Path png = tmp.resolve("m.png");
            MaskImages.writePng(rle, png);
            var img = ImageIO.read(png.toFile());
            assertThat(img.getRaster().getSample(60, 50, 0)).isEqualTo(255);
            assertThat(img.getRaster().getSample(190, 95, 0)).isZero();
        }
    }

    @Test
    void segmenterSpecsOpenClassicAFolderOrFailClearly() {
        ModelRegistry reg = new ModelRegistry(tmp.resolve("models"));
        try (Segmenter c = Segmenters.open("classic", reg, Sam2Options.defaults());
             Segmenter d = Segmenters.openDefault(reg, Sam2Options.defaults());
             Segmenter f = Segmenters.open(Fixtures.dir("fixture7").toString(), reg, Sam2Options.defaults())) {
            assertThat(c.modelId()).isEqualTo("classic");
            assertThat(d.modelId()).as("no model installed: classical default").isEqualTo("classic");
            assertThat(f.modelId()).isEqualTo("sam2-fixture7");
        }
        assertThatThrownBy(() -> Segmenters.open("sam9-huge", reg, Sam2Options.defaults()))
                .isInstanceOf(ModelException.class).hasMessageContaining("not installed");
        assertThat(EmbeddingCache.projectFolder(Path.of("/p")))
                .isEqualTo(Path.of("/p/.promptcanvas/cache/embeddings"));
    }
}
