package dev.promptcanvas.ui.assistant;

import static dev.promptcanvas.ui.assistant.AssistantFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.store.ProjectCounts;
import dev.promptcanvas.inference.segment.ClassicalSegmenter;
import dev.promptcanvas.inference.vlm.EndpointStore;
import dev.promptcanvas.ui.assistant.LocalChatServer.Reply;
import dev.promptcanvas.ui.session.WorkbenchSession;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Assistant panel against a real local chat-completions server and a real SQLite project: each task run from
 * the panel, accept (store rows, one undo step each), reject (nothing stored), and failed calls (message, nothing
 * stored).
 */
@ExtendWith(ApplicationExtension.class)
class AssistantPanelTest {

    private AssistantFixture f;
    private WorkbenchSession session;
    private BackgroundTasks tasks;
    private AssistantPanel panel;
    private LocalChatServer server;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("pc-assistant");
        f = new AssistantFixture(dir);
        session = new WorkbenchSession(f.store);
        tasks = new BackgroundTasks(1);
        panel = new AssistantPanel(session, tasks, EndpointStore.inDirectory(dir.resolve("config")),
                ClassicalSegmenter::new);
        session.currentImageProperty().set(f.image);
        stage.setScene(new Scene(panel, 520, 760));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (server != null) {
            server.close();
        }
        fx(() -> {
            panel.dispose();
            tasks.close();
            f.store.close();
        });
    }

    private void serve(Reply reply) throws Exception {
        server = LocalChatServer.answering(reply);
        fx(() -> panel.useEndpoint(AssistantFixture.endpoint(server.baseUrl())));
    }

    @SuppressWarnings("unchecked")
    private void chooseTask(FxRobot robot, AssistantTask task) throws Exception {
        fx(() -> robot.lookup("#assistant-task").queryAs(ComboBox.class).setValue(task));
    }

    private void type(FxRobot robot, String id, String text) throws Exception {
        fx(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String id, String value) throws Exception {
        fx(() -> robot.lookup(id).queryAs(ComboBox.class).setValue(value));
    }

    private void runAndWait() throws Exception {
        fx(() -> panel.run());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !panel.isRunning()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private List<Suggestion> pending() throws Exception {
        return fx(() -> List.copyOf(panel.suggestions()));
    }

    private void undo() throws Exception {
        fx(() -> session.undo());
    }

    @Test
    void regionCaptionIsStoredInTheRegionsAttributesAndUndone(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("chatrex-install-caption")));
        Annotation region = f.boxes.get(1);
        fx(() -> session.select(region));
        chooseTask(robot, AssistantTask.REGION_CAPTION);
        choose(robot, "#assistant-style", "vip-constant-ellipse");
        runAndWait();

        assertThat(LocalChatServer.sentText(server.requests.get(0)))
                .isEqualTo("Give me a short description of the region within the red ellipse.");
        assertThat(pending()).hasSize(1);
        assertThat(pending().get(0).source().toText()).isEqualTo("model:test-model@local");
        assertThat(f.store.annotation(region.id()).orElseThrow().attributes()).doesNotContainKey("caption");
        assertThat(text(robot, "#assistant-timings")).contains("request").contains("ms");

        robot.clickOn(".suggestion-accept");
        Annotation stored = f.store.annotation(region.id()).orElseThrow();
        assertThat(stored.attributes()).containsEntry("caption", "<obj0> shows a brown dog lying on a bed. The dog"
                + " is resting comfortably, possibly sleeping, and is positioned on the left side of the bed")
                .containsEntry("caption_source", "model:test-model@local");
        assertThat(stored.geometry()).isEqualTo(region.geometry());
        assertThat(pending()).isEmpty();
        undo();
        assertThat(f.store.annotation(region.id()).orElseThrow().attributes()).doesNotContainKey("caption");
    }

    @Test
    void regionCaptionWithoutASelectedRegionSendsNothing(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer("unused"));
        chooseTask(robot, AssistantTask.REGION_CAPTION);
        fx(() -> panel.run());
        assertThat(text(robot, "#assistant-error")).startsWith("Select a region first");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void findByExpressionWithSetOfMarkBecomesAnExpressionWithTargets(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("som-numbers")));
        chooseTask(robot, AssistantTask.FIND_BY_EXPRESSION);
        type(robot, "#assistant-query", "the men");
        choose(robot, "#assistant-candidates", "person");
        runAndWait();

        assertThat(LocalChatServer.sentText(server.requests.get(0))).contains("labelled with a number from 1 to 3")
                .contains("Please detect the men in this image.");
        robot.clickOn(".suggestion-accept");
        List<ReferringExpression> stored = f.store.expressions(f.image.id());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).text()).isEqualTo("the men");
        // "Marks 2 and 3" = the second and third candidate
        assertThat(stored.get(0).targetIds()).containsExactly(f.boxes.get(1).id(), f.boxes.get(2).id());
        undo();
        assertThat(f.store.expressions(f.image.id())).isEmpty();
    }

    @Test
    void anIndexListAnswerOfNoneBecomesANoTargetExpression(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("none")));
        chooseTask(robot, AssistantTask.FIND_BY_EXPRESSION);
        type(robot, "#assistant-query", "Please detect the woman in green in this image");
        choose(robot, "#assistant-display", TaskInputs.INDEX_LIST);
        choose(robot, "#assistant-frame", "pixels");
        runAndWait();

        assertThat(LocalChatServer.sentText(server.requests.get(0))).contains("<obj0>: [10, 10, 100, 200]");
        assertThat(pending()).singleElement().extracting(Suggestion::title).isEqualTo("Expression: no target");
        robot.clickOn(".suggestion-accept");
        ReferringExpression e = f.store.expressions(f.image.id()).get(0);
        assertThat(e.text()).isEqualTo("the woman in green");
        assertThat(e.targetIds()).isEmpty();
    }

    @Test
    void indexesOutOfRangeAreReportedAndLeftOut(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("rexseek-out-of-range")));
        chooseTask(robot, AssistantTask.FIND_BY_EXPRESSION);
        type(robot, "#assistant-query", "prisoners");
        choose(robot, "#assistant-display", TaskInputs.INDEX_LIST);
        runAndWait();
        // <obj2> is the third candidate; <obj3>..<obj5> do not exist
        assertThat(text(robot, "#assistant-diagnostics")).contains("index-out-of-range");
        Suggestion.Expression s = (Suggestion.Expression) pending().get(0);
        assertThat(s.expression().targetIds()).containsExactly(f.boxes.get(2).id());
    }

    @Test
    void reasoningSegmentationSuggestsAMaskStoredWithItsQueryAndPromptRecord(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("segzero-answer")));
        chooseTask(robot, AssistantTask.REASONING_SEGMENTATION);
        type(robot, "#assistant-query", "something to drink from");
        choose(robot, "#assistant-frame", "segzero");
        runAndWait();

        assertThat(pending()).hasSize(1);
        Suggestion.SegmentMask s = (Suggestion.SegmentMask) pending().get(0);
        // 840 x 840 -> 640 x 480: [210,105,630,525] -> [160, 60, 480, 300]
        assertThat(s.box().x1()).isEqualTo(160);
        assertThat(s.box().y2()).isEqualTo(300);
        assertThat(fx(() -> panel.previews())).isNotEmpty();
        assertThat(text(robot, "#assistant-timings")).contains("segment");
        long before = f.store.annotations(f.image.id()).size();

        robot.clickOn(".suggestion-accept");
        List<Annotation> all = f.store.annotations(f.image.id());
        assertThat(all).hasSize((int) before + 1);
        Annotation mask = all.stream().filter(a -> a.geometry() instanceof Mask).findFirst().orElseThrow();
        assertThat(mask.review()).isEqualTo(Review.ACCEPTED);
        assertThat(mask.source().toText()).isEqualTo("model:classic@");
        assertThat(mask.attributes()).containsEntry("query", "something to drink from")
                .containsEntry("query_source", "model:test-model@local");
        assertThat(f.store.promptRecord(mask.promptRecordId()).orElseThrow().modelId()).isEqualTo("classic");
        // the disc (centre 320,180, radius 80) is what the segmenter found
        assertThat(((Mask) mask.geometry()).rle().area()).isBetween(15_000L, 25_000L);
        undo();
        assertThat(f.store.annotations(f.image.id())).hasSize((int) before);
    }

    @Test
    void groundedCaptionStoresCaptionBoxesAndPhrasesAsOneUndoStep(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("qwen-grounded-caption")));
        chooseTask(robot, AssistantTask.GROUNDED_CAPTION);
        runAndWait();
        ProjectCounts before = f.store.counts();

        robot.clickOn("#assistant-accept-all");
        List<Caption> captions = f.store.captions(f.image.id());
        assertThat(captions).singleElement().extracting(Caption::text)
                .isEqualTo("A man in a red jacket walks a small dog past a bicycle.");
        assertThat(captions.get(0).source().toText()).isEqualTo("model:test-model@local");
        var phrases = f.store.phrases(captions.get(0).id());
        assertThat(phrases).hasSize(2);
        assertThat(captions.get(0).text().substring(phrases.get(0).start(), phrases.get(0).end()))
                .isEqualTo("A man in a red jacket");
        List<Annotation> boxes = f.store.annotations(f.image.id()).stream()
                .filter(a -> a.source().toText().equals("model:test-model@local")).toList();
        assertThat(boxes).hasSize(3).allMatch(a -> a.review() == Review.ACCEPTED);
        assertThat(phrases.get(0).annotationIds()).hasSize(1).containsAnyElementsOf(boxes.stream()
                .map(Annotation::id).toList());
        undo();
        assertThat(f.store.counts()).isEqualTo(before);
        assertThat(f.store.captions(f.image.id())).isEmpty();
    }

    @Test
    void kosmos2MarkupGivesCaptionAndPhrases(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("kosmos2-snowman")));
        chooseTask(robot, AssistantTask.GROUNDED_CAPTION);
        choose(robot, "#assistant-dialect", "kosmos2");
        runAndWait();
        assertThat(LocalChatServer.sentText(server.requests.get(0))).isEqualTo("<grounding> An image of");
        robot.clickOn(".suggestion-accept");
        Caption c = f.store.captions(f.image.id()).get(0);
        assertThat(c.text()).isEqualTo("An image of a snowman warming himself by a fire.");
        assertThat(f.store.phrases(c.id())).hasSize(2);
    }

    @Test
    void rejectStoresNothing(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("qwen-grounded-caption")));
        chooseTask(robot, AssistantTask.GROUNDED_CAPTION);
        runAndWait();
        ProjectCounts before = f.store.counts();
        assertThat(pending()).hasSize(1);
        robot.clickOn(".suggestion-reject");
        assertThat(pending()).isEmpty();
        assertThat(f.store.counts()).isEqualTo(before);
        assertThat(f.store.canUndo()).isTrue(); // only the fixture's own edits
        assertThat(f.store.undoLabels().get(0)).doesNotContain("caption");
    }

    @Test
    void unauthorizedShowsTheMessageAndStoresNothing(FxRobot robot) throws Exception {
        serve(LocalChatServer.error(401, "invalid api key"));
        chooseTask(robot, AssistantTask.GROUNDED_CAPTION);
        ProjectCounts before = f.store.counts();
        runAndWait();
        assertThat(text(robot, "#assistant-error")).contains("401 Unauthorized").contains(server.baseUrl()
                + "/chat/completions").contains("invalid api key");
        assertThat(pending()).isEmpty();
        assertThat(f.store.counts()).isEqualTo(before);
    }

    @Test
    void serverErrorShowsTheMessageAndStoresNothing(FxRobot robot) throws Exception {
        serve(LocalChatServer.error(500, "CUDA out of memory"));
        chooseTask(robot, AssistantTask.REASONING_SEGMENTATION);
        type(robot, "#assistant-query", "the cup");
        ProjectCounts before = f.store.counts();
        runAndWait();
        assertThat(text(robot, "#assistant-error")).contains("500 Internal Server Error").contains("CUDA out of memory");
        assertThat(pending()).isEmpty();
        assertThat(f.store.counts()).isEqualTo(before);
    }

    @Test
    void connectionRefusedShowsTheMessageAndStoresNothing(FxRobot robot) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/v1";
        fx(() -> panel.useEndpoint(AssistantFixture.endpoint(url)));
        chooseTask(robot, AssistantTask.GROUNDED_CAPTION);
        ProjectCounts before = f.store.counts();
        runAndWait();
        assertThat(text(robot, "#assistant-error")).contains(url + "/chat/completions").contains("connection refused");
        assertThat(f.store.counts()).isEqualTo(before);
    }

    @Test
    void aMalformedAnswerGivesNoSuggestionAndSaysWhy(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("segzero-malformed")));
        chooseTask(robot, AssistantTask.REASONING_SEGMENTATION);
        type(robot, "#assistant-query", "the cup");
        runAndWait();
        assertThat(pending()).isEmpty();
        assertThat(text(robot, "#assistant-error")).startsWith("No suggestion:").contains("JSON");
    }

    @Test
    void aRunCanBeCancelled(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer(LocalChatServer.recorded("qwen-grounded-caption")).withDelay(8000));
        chooseTask(robot, AssistantTask.GROUNDED_CAPTION);
        fx(() -> panel.run());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !server.requests.isEmpty());
        assertThat(fx(() -> robot.lookup("#assistant-run").queryAs(Button.class).isDisabled())).isTrue();
        long t0 = System.nanoTime();
        robot.clickOn("#assistant-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> !panel.isRunning()));
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
        assertThat(text(robot, "#assistant-error")).startsWith("Cancelled");
        assertThat(pending()).isEmpty();
    }

    @Test
    void testConnectionReportsTheAnswer(FxRobot robot) throws Exception {
        serve(LocalChatServer.answer("OK"));
        robot.clickOn("#assistant-test-connection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#assistant-endpoint-status")
                .startsWith("Connected"));
        assertThat(text(robot, "#assistant-endpoint-status")).contains("\u201cOK\u201d");
        assertThat(server.requests.get(0).get("messages").get(0).get("content").toString()).doesNotContain(
                "image_url");
    }
}
