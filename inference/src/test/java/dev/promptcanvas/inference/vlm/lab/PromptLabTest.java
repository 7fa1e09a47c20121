package dev.promptcanvas.inference.vlm.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.vlm.ChatServer;
import dev.promptcanvas.inference.vlm.ChatServer.Reply;
import dev.promptcanvas.inference.vlm.RetryPolicy;
import dev.promptcanvas.inference.vlm.VlmClient;
import dev.promptcanvas.inference.vlm.task.PromptTemplates;
import dev.promptcanvas.inference.vlm.task.RegionCaptionTask;
import dev.promptcanvas.inference.vlm.task.TaskOptions;
import dev.promptcanvas.inference.vlm.task.VlmImage;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt lab runs styles concurrently against a real server; preference pairs survive JSONL. */
class PromptLabTest {

    @TempDir
    Path tmp;

    @Test
    void threeStylesGiveThreeAnswersWithLatencyAndAPairRoundTrips() throws Exception {
        List<VisualPromptStyle> styles = List.of(VisualPromptStyle.VIP_CONSTANT_RECTANGLE,
                VisualPromptStyle.FGVP_CONTOUR, VisualPromptStyle.VIP_CONSTANT_ARROW);
        try (ChatServer s = new ChatServer(Reply.answer("a cup").withDelay(300))) {
            VlmClient client = new VlmClient(s.endpoint(), null, new RetryPolicy(Duration.ofMillis(5),
                    Duration.ofMillis(10), null, new Random(3)));
            PromptLab lab = new PromptLab(new RegionCaptionTask(client, PromptTemplates.defaults()), 3);
            VlmImage img = new VlmImage(new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB), 3, "abc", "a.png");
            long t0 = System.nanoTime();
            List<LabRun> runs = lab.run(img, new Box(20, 20, 120, 100), "What is the object {region}?", styles,
                    RenderOptions.defaults(), TaskOptions.defaults());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(runs).extracting(LabRun::style).containsExactlyElementsOf(styles);
            assertThat(runs).allMatch(LabRun::succeeded).allMatch(r -> r.latencyMs() >= 300);
            assertThat(ms).as("concurrent, not 3 x 300 ms").isLessThan(850);
            assertThat(runs.get(0).result().promptText()).isEqualTo("What is the object within the red rectangle?");
            Set<String> digests = runs.stream().map(r -> r.result().imageSha256()).collect(Collectors.toSet());
            assertThat(digests).hasSize(3);

            PreferencePair pair = new PreferencePair("a.png", "abc", new Box(20, 20, 120, 100),
                    "What is the object {region}?", PreferencePair.Choice.of(runs.get(0)),
                    PreferencePair.Choice.of(runs.get(2)), "test-model", "default", Instant.parse(
                    "2025-01-02T03:04:05Z"));
            Path file = tmp.resolve("prefs/pairs.jsonl");
            PreferencePairsJsonl.append(file, List.of(pair, pair));
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(2);
            JsonNode n = new ObjectMapper().readTree(lines.get(0));
            assertThat(n.get("prompt").asText()).isEqualTo("What is the object {region}?");
            assertThat(n.get("chosen").asText()).isEqualTo("a cup");
            assertThat(n.get("chosen_meta").get("style").asText()).isEqualTo("vip-constant-rectangle");
            assertThat(n.get("rejected_meta").get("style").asText()).isEqualTo("vip-constant-arrow");
            assertThat(n.get("rejected_meta").get("prompt").asText()).contains("arrow");
            assertThat(n.get("region").toString()).contains("20");
            assertThat(n.get("timestamp").asText()).isEqualTo("2025-01-02T03:04:05Z");
            assertThat(PreferencePairsJsonl.read(file)).containsExactly(pair, pair);
        }
    }

    @Test
    void aFailingEndpointGivesErrorsPerStyle() throws Exception {
        try (ChatServer s = new ChatServer(Reply.json(500, "{\"error\":\"boom\"}"))) {
            VlmClient client = new VlmClient(s.endpoint().withMaxRetries(0), null, RetryPolicy.defaults());
            PromptLab lab = new PromptLab(new RegionCaptionTask(client, PromptTemplates.defaults()), 2);
            VlmImage img = new VlmImage(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), 0, "h", null);
            List<LabRun> runs = lab.run(img, new Box(10, 10, 50, 50), "Describe {region}.",
                    List.of(VisualPromptStyle.FGVP_BOX, VisualPromptStyle.SOM), RenderOptions.defaults(),
                    TaskOptions.defaults());
            assertThat(runs).noneMatch(LabRun::succeeded);
            assertThat(runs.get(0).error()).contains("500").contains("boom");
        }
    }

    @Test
    void malformedJsonlLineNamesLineAndField() throws Exception {
        Path f = tmp.resolve("bad.jsonl");
        Files.writeString(f, "\n{\"prompt\":\"q\"}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PreferencePairsJsonl.read(f))
                .hasMessageContaining(f + ":2").hasMessageContaining("region: missing");
    }
}
