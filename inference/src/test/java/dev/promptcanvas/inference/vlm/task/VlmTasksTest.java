package dev.promptcanvas.inference.vlm.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.segment.ClassicalSegmenter;
import dev.promptcanvas.inference.vlm.ApiKey;
import dev.promptcanvas.inference.vlm.RetryPolicy;
import dev.promptcanvas.inference.vlm.VlmClient;
import dev.promptcanvas.inference.vlm.ChatServer;
import dev.promptcanvas.inference.vlm.ChatServer.Reply;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The four tasks against a real local chat server replaying recorded answers: request shape and every parse path. */
class VlmTasksTest {

    static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(5), Duration.ofMillis(20), null, new Random(1));
    static final PromptTemplates T = PromptTemplates.defaults();

    static VlmClient client(ChatServer s) {
        return new VlmClient(s.endpoint(), null, FAST);
    }

    static List<String> codes(List<Diagnostic> d) {
        return d.stream().map(Diagnostic::code).toList();
    }

    // ---- region caption

    @Test
    void regionCaptionSendsTheRenderedMarkAndSuggestsACaption() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer("\"A brown dog lying on a bed.\"<|im_end|>"))) {
            VlmImage img = Replies.image(320, 240);
            RegionCaptionResult r = new RegionCaptionTask(client(s), T).run(img, new Box(40, 30, 200, 180),
                    VisualPromptStyle.VIP_CONSTANT_RECTANGLE, RenderOptions.defaults(), TaskOptions.defaults());
            assertThat(r.caption()).isEqualTo("A brown dog lying on a bed.");
            assertThat(r.promptText()).isEqualTo("Give me a short description of the region within the red"
                    + " rectangle.");
            assertThat(Replies.sentText(s.requests.get(0).body())).isEqualTo(r.promptText());
            BufferedImage sent = Replies.sentImage(s.requests.get(0).body());
            assertThat(sent.getRGB(40, 100) & 0xFFFFFF).isEqualTo(0xFF0000);
            assertThat(sent.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xDDDDDD);
            assertThat(r.attributes()).containsEntry("caption", "A brown dog lying on a bed.")
                    .containsEntry("caption_source", "model:test-model@default");
            Annotation a = r.applyTo(Annotation.of(7, 1, new Box(40, 30, 200, 180)));
            assertThat(a.attributes()).containsEntry("caption_source", "model:test-model@default");
            assertThat(r.timings().requestMs()).isGreaterThanOrEqualTo(0);
            assertThat(r.imageSha256()).hasSize(64);
        }
    }

    @Test
    void emptyOrTruncatedCaptionsAreNotSuggested() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer("  <|im_end|>"), Reply.answer("A brown dog lying on a",
                "length"))) {
            RegionCaptionTask task = new RegionCaptionTask(client(s), T);
            VlmImage img = Replies.image(320, 240);
            RegionCaptionResult empty = task.run(img, new Box(40, 30, 200, 180), VisualPromptStyle.FGVP_BOX,
                    RenderOptions.defaults(), TaskOptions.defaults());
            assertThat(empty.suggestion()).isEmpty();
            assertThat(codes(empty.diagnostics())).containsExactly("empty-answer");
            assertThat(empty.attributes()).isEmpty();
            RegionCaptionResult cut = task.run(img, new Box(40, 30, 200, 180), VisualPromptStyle.FGVP_BOX,
                    RenderOptions.defaults(), TaskOptions.defaults());
            assertThat(cut.suggestion()).isEmpty();
            assertThat(codes(cut.diagnostics())).containsExactly("answer-truncated");
        }
    }

    // ---- index grounding

    static final List<GroundingCandidate> THREE = List.of(new GroundingCandidate(101, new Box(10, 10, 100, 200)),
            new GroundingCandidate(102, new Box(120, 20, 220, 220)), new GroundingCandidate(103,
                    new Box(230, 30, 310, 230)));

    @Test
    void setOfMarkLabelsBecomeTargets() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("som-numbers")))) {
            GroundingResult r = new GroundingTask(client(s), T).run(Replies.image(320, 240), THREE, "the men",
                    GroundingTask.Display.SET_OF_MARK, CoordinateFrame.PIXELS, TaskOptions.defaults());
            assertThat(r.indexes()).containsExactly(1, 2);
            assertThat(r.targetIds()).containsExactly(102L, 103L);
            assertThat(r.expression().text()).isEqualTo("the men");
            assertThat(r.expression().targetIds()).containsExactly(102L, 103L);
            assertThat(r.expression().imageId()).isEqualTo(7);
            assertThat(r.promptText()).contains("labelled with a number from 1 to 3")
                    .contains("Please detect the men in this image. Answer the question with object indexes.");
        }
    }

    @Test
    void indexListWithTheRexSeekAnswer() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("rexseek-proposal")))) {
            GroundingResult r = new GroundingTask(client(s), T).run(Replies.image(320, 240), THREE,
                    "Please detect the man in red in this image", GroundingTask.Display.INDEX_LIST,
                    CoordinateFrame.PIXELS, TaskOptions.defaults());
            String sent = Replies.sentText(s.requests.get(0).body());
            assertThat(sent).contains("<obj0>: [10, 10, 100, 200]\n<obj1>: [120, 20, 220, 220]")
                    .contains("Please detect the man in red in this image");
            assertThat(Replies.sentImage(s.requests.get(0).body()).getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xDDDDDD);
            assertThat(r.targetIds()).containsExactly(101L);
            assertThat(r.expression().text()).isEqualTo("the man in red");
            assertThat(r.noTarget()).isFalse();
        }
    }

    @Test
    void outOfRangeIndexesAreDroppedWithADiagnostic() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("rexseek-out-of-range")))) {
            GroundingResult r = new GroundingTask(client(s), T).run(Replies.image(320, 240), THREE, "prisoners",
                    GroundingTask.Display.INDEX_LIST, CoordinateFrame.PIXELS, TaskOptions.defaults());
            assertThat(r.indexes()).containsExactly(2);
            assertThat(r.targetIds()).containsExactly(103L);
            assertThat(r.diagnostics().stream().filter(d -> d.code().equals("index-out-of-range"))).hasSize(3);
        }
    }

    @Test
    void onlyOutOfRangeIndexesSuggestNothing() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("rexseek-out-of-range")))) {
            GroundingResult r = new GroundingTask(client(s), T).run(Replies.image(320, 240), THREE.subList(0, 2),
                    "prisoners", GroundingTask.Display.INDEX_LIST, CoordinateFrame.PIXELS, TaskOptions.defaults());
            assertThat(r.suggestion()).isEmpty();
            assertThat(codes(r.diagnostics())).contains("no-valid-target");
        }
    }

    @Test
    void noneIsAnExplicitNoTargetExpression() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("none")),
                Reply.answer("<ground>the woman</ground><objects></objects>"))) {
            GroundingTask task = new GroundingTask(client(s), T);
            for (int i = 0; i < 2; i++) {
                GroundingResult r = task.run(Replies.image(320, 240), THREE, "the woman",
                        GroundingTask.Display.SET_OF_MARK, CoordinateFrame.PIXELS, TaskOptions.defaults());
                assertThat(r.noTarget()).isTrue();
                assertThat(r.expression().isNoTarget()).isTrue();
                assertThat(r.expression().text()).isEqualTo("the woman");
            }
        }
    }

    @Test
    void truncatedAndUnreadableGroundingAnswers() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("rexseek-truncated"), "length"),
                Reply.answer("I like turtles."))) {
            GroundingTask task = new GroundingTask(client(s), T);
            List<GroundingCandidate> five = List.of(THREE.get(0), THREE.get(1), THREE.get(2),
                    new GroundingCandidate(104, new Box(1, 1, 5, 5)), new GroundingCandidate(105, new Box(6, 6, 9, 9)));
            GroundingResult cut = task.run(Replies.image(320, 240), five, "male", GroundingTask.Display.INDEX_LIST,
                    CoordinateFrame.PIXELS, TaskOptions.defaults());
            assertThat(cut.targetIds()).containsExactly(103L, 105L);
            assertThat(codes(cut.diagnostics())).contains("answer-truncated", "objects-unclosed");
            GroundingResult junk = task.run(Replies.image(320, 240), five, "male", GroundingTask.Display.INDEX_LIST,
                    CoordinateFrame.PIXELS, TaskOptions.defaults());
            assertThat(junk.suggestion()).isEmpty();
            assertThat(codes(junk.diagnostics())).containsExactly("no-grounding");
        }
    }

    @Test
    void bareNumberAnswers() {
        assertThat(GroundingTask.bareNumbers("3")).containsExactly(3);
        assertThat(GroundingTask.bareNumbers("Marks 2 and 5.")).containsExactly(2, 5);
        assertThat(GroundingTask.bareNumbers("[0, 3]")).containsExactly(0, 3);
        assertThat(GroundingTask.bareNumbers("There are 2 men")).isEmpty();
    }

    // ---- reasoning segmentation

    @Test
    void segZeroBoxAndPointsBecomePromptsAndAMask() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("segzero-answer")));
             ClassicalSegmenter seg = new ClassicalSegmenter()) {
            ReasoningResult r = new ReasoningSegmentTask(client(s), T, seg).run(Replies.image(640, 480),
                    "something to drink from", CoordinateFrame.SEG_ZERO, TaskOptions.defaults());
            BufferedImage sent = Replies.sentImage(s.requests.get(0).body());
            assertThat(sent.getWidth()).isEqualTo(840);
            assertThat(sent.getHeight()).isEqualTo(840);
            assertThat(Replies.sentText(s.requests.get(0).body())).startsWith("Please find \"something to drink"
                    + " from\" with bbox and points.");
            // 840 -> 640 x 480: x * 640/840, y * 480/840
            assertThat(r.box().x1()).isCloseTo(160, offset(1e-9));
            assertThat(r.box().y1()).isCloseTo(60, offset(1e-9));
            assertThat(r.box().x2()).isCloseTo(480, offset(1e-9));
            assertThat(r.box().y2()).isCloseTo(300, offset(1e-9));
            assertThat(r.points()).hasSize(2);
            assertThat(r.points().get(0).x()).isCloseTo(320, offset(1e-9));
            assertThat(r.points().get(0).y()).isCloseTo(300 * 480 / 840.0, offset(1e-9));
            assertThat(r.prompts().get(0)).isInstanceOf(BoxPrompt.class);
            assertThat(r.prompts().get(1)).isEqualTo(new PointPrompt(320, 300 * 480 / 840.0, true));
            assertThat(r.thinking()).startsWith("The question asks");
            assertThat(r.mask()).isNotNull();
            Box maskBox = r.mask().bounds();
            assertThat(maskBox.x1()).isGreaterThanOrEqualTo(150);
            assertThat(maskBox.x2()).isLessThanOrEqualTo(490);
            assertThat(r.mask().rle().area()).isGreaterThan(1000);
            assertThat(r.promptRecord().modelId()).isEqualTo("classic");
            assertThat(r.promptRecord().prompts()).isEqualTo(r.prompts());
            assertThat(r.promptRecord().imageId()).isEqualTo(7);
            assertThat(r.diagnostics()).isEmpty();
        }
    }

    @Test
    void boxOutsideIsClippedAndPointsOutsideDropped() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("segzero-outside")))) {
            ReasoningResult r = new ReasoningSegmentTask(client(s), T, null).run(Replies.image(640, 480), "x",
                    CoordinateFrame.SEG_ZERO, TaskOptions.defaults());
            assertThat(r.box().y1()).isZero();
            assertThat(r.box().x2()).isEqualTo(640);
            assertThat(r.box().x1()).isCloseTo(700 * 640 / 840.0, offset(1e-9));
            assertThat(r.points()).hasSize(1);
            assertThat(codes(r.diagnostics())).containsExactlyInAnyOrder("box-clipped", "point-outside");
            assertThat(r.mask()).isNull();
        }
    }

    @Test
    void malformedReasoningAnswerSuggestsNothing() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("segzero-malformed")),
                Reply.answer("<answer>{\"bbox\": [5000, 5000, 6000, 6000]}</answer>"));
             ClassicalSegmenter seg = new ClassicalSegmenter()) {
            ReasoningSegmentTask task = new ReasoningSegmentTask(client(s), T, seg);
            ReasoningResult bad = task.run(Replies.image(640, 480), "x", CoordinateFrame.PIXELS,
                    TaskOptions.defaults());
            assertThat(bad.prompts()).isEmpty();
            assertThat(bad.mask()).isNull();
            assertThat(codes(bad.diagnostics())).contains("json-malformed");
            ReasoningResult outside = task.run(Replies.image(640, 480), "x", CoordinateFrame.PIXELS,
                    TaskOptions.defaults());
            assertThat(outside.mask()).isNull();
            assertThat(codes(outside.diagnostics())).containsExactly("box-outside", "nothing-inside");
        }
    }

    // ---- grounded caption

    @Test
    void kosmos2MarkupBecomesCaptionPhrasesAndBoxes() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("kosmos2-snowman")))) {
            GroundedCaptionResult r = new GroundedCaptionTask(client(s), T).run(Replies.image(1000, 500),
                    GroundedCaptionTask.Dialect.KOSMOS2, TaskOptions.defaults());
            assertThat(Replies.sentText(s.requests.get(0).body())).isEqualTo("<grounding> An image of");
            assertThat(r.caption().text()).isEqualTo("An image of a snowman warming himself by a fire.");
            assertThat(r.caption().source().toText()).isEqualTo("model:test-model@default");
            assertThat(r.phrases()).hasSize(2);
            PhraseSuggestion snowman = r.phrases().get(0);
            assertThat(r.caption().text().substring(snowman.start(), snowman.end())).isEqualTo("a snowman");
            // HF docstring: a snowman (0.390625, 0.046875, 0.984375, 0.828125), times 1000 x 500
            Box b = snowman.boxes().get(0);
            assertThat(new double[] {b.x1(), b.y1(), b.x2(), b.y2()}).containsExactly(
                    new double[] {390.625, 23.4375, 984.375, 414.0625}, offset(1e-9));
            assertThat(snowman.toGroundedPhrase(9, List.of(1L)).end()).isEqualTo(21);
        }
    }

    @Test
    void qwenJsonLabelsAreFoundInTheCaptionAndBoxesMappedFromTheResizedInput() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("qwen-grounded-caption")))) {
            GroundedCaptionResult r = new GroundedCaptionTask(client(s), T).run(Replies.image(640, 480),
                    GroundedCaptionTask.Dialect.QWEN, TaskOptions.defaults());
            assertThat(r.caption().text()).isEqualTo("A man in a red jacket walks a small dog past a bicycle.");
            assertThat(r.phrases()).hasSize(3);
            PhraseSuggestion man = r.phrases().get(0);
            assertThat(man.phrase()).isEqualTo("A man in a red jacket");
            assertThat(man.start()).isZero();
            // 640 x 480 -> smart resize 644 x 476; 504 * 480/476 > 480: clipped
            Box b = man.boxes().get(0);
            assertThat(b.x1()).isCloseTo(28 * 640 / 644.0, offset(1e-9));
            assertThat(b.y1()).isCloseTo(56 * 480 / 476.0, offset(1e-9));
            assertThat(b.y2()).isEqualTo(480);
            assertThat(r.phrases().get(1).start()).isEqualTo(r.caption().text().indexOf("small dog"));
            assertThat(r.phrases().get(2).inCaption()).isFalse();
            assertThat(codes(r.diagnostics())).contains("box-clipped", "phrase-not-in-caption");
        }
    }

    @Test
    void truncatedKosmosAnswerKeepsWhatWasComplete() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("kosmos2-truncated"), "length"))) {
            GroundedCaptionResult r = new GroundedCaptionTask(client(s), T).run(Replies.image(1000, 500),
                    GroundedCaptionTask.Dialect.KOSMOS2, TaskOptions.defaults());
            assertThat(r.phrases()).hasSize(1);
            assertThat(codes(r.diagnostics())).contains("answer-truncated", "object-unclosed");
        }
    }

    @Test
    void answersWithoutCaptionTextAreReported() throws Exception {
        try (ChatServer s = new ChatServer(Reply.answer("```json\n[{\"bbox_2d\": [10, 10, 50, 50], \"label\":"
                + " \"cat\"}]\n```"))) {
            GroundedCaptionResult r = new GroundedCaptionTask(client(s), T).run(Replies.image(640, 480),
                    GroundedCaptionTask.Dialect.QWEN, TaskOptions.defaults());
            assertThat(r.captionSuggestion()).isEmpty();
            assertThat(codes(r.diagnostics())).contains("no-caption");
            assertThat(r.phrases()).hasSize(1);
        }
    }

    @Test
    void theKeyNeverAppearsInResults() throws Exception {
        String key = "sk-live-VERYSECRET";
        try (ChatServer s = new ChatServer(Reply.answer(Replies.answer("segzero-outside")))) {
            VlmClient c = new VlmClient(s.endpoint(), new ApiKey(key, "environment variable K"), FAST);
            ReasoningResult r = new ReasoningSegmentTask(c, T, null).run(Replies.image(640, 480), "x",
                    CoordinateFrame.SEG_ZERO, TaskOptions.defaults());
            assertThat(s.requests.get(0).header("Authorization")).isEqualTo("Bearer " + key);
            assertThat(r.toString()).doesNotContain(key);
            assertThat(c.toString() + c.endpoint()).doesNotContain(key);
        }
    }

}
