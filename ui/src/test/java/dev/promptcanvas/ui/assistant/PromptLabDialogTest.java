package dev.promptcanvas.ui.assistant;

import static dev.promptcanvas.ui.assistant.AssistantFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.model.PreferenceRecord;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.ui.session.WorkbenchSession;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The prompt lab against a real local chat server that answers each style differently (it echoes the phrase the
 * style put into the question): three answers side by side, best and worst marked, the pair stored in the project
 * and exported as the JSONL line.
 */
@ExtendWith(ApplicationExtension.class)
class PromptLabDialogTest {

    private AssistantFixture f;
    private WorkbenchSession session;
    private BackgroundTasks tasks;
    private LocalChatServer server;
    private PromptLabDialog lab;

    @Start
    void start(Stage stage) throws Exception {
        f = new AssistantFixture(Files.createTempDirectory("pc-lab"));
        session = new WorkbenchSession(f.store);
        tasks = new BackgroundTasks(1);
        session.currentImageProperty().set(f.image);
        session.select(f.boxes.get(0));
        server = new LocalChatServer(body -> {
            String q = LocalChatServer.sentText(body);
            return LocalChatServer.answer("A person, seen " + q.substring(q.indexOf("region") + 7).replace(".", ""));
        });
        lab = new PromptLabDialog(session, tasks, AssistantFixture.endpoint(server.baseUrl()));
        lab.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
        fx(() -> {
            lab.close();
            tasks.close();
            f.store.close();
        });
    }

    private void waitForCards(FxRobot robot, int n) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> lab.cards().size() == n));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no " + n + " answers; the lab says: "
                    + fx(() -> robot.lookup("#lab-status").queryAs(Label.class).getText()), e);
        }
    }

    @Test
    void threeStylesGiveThreeAnswersAndTheMarkedPairIsStoredAndExported(FxRobot robot, @TempDir Path out)
            throws Exception {
        List<VisualPromptStyle> styles = List.of(VisualPromptStyle.VIP_CONSTANT_RECTANGLE,
                VisualPromptStyle.VIP_CONSTANT_ELLIPSE, VisualPromptStyle.FGVP_CONTOUR);
        fx(() -> {
            lab.chooseStyles(styles);
            lab.question().setText("Give me a short description of the region {region}.");
        });
        robot.clickOn("#lab-run");
        waitForCards(robot, 3);
        assertThat(server.requests).hasSize(3);
        List<String> shown = fx(() -> lab.cards().stream().map(c -> c.run().style().id()).toList());
        assertThat(shown).containsExactly("vip-constant-rectangle", "vip-constant-ellipse", "fgvp-contour");
        assertThat(fx(() -> robot.lookup("#lab-save").queryAs(Button.class).isDisabled())).isTrue();

        fx(() -> {
            lab.cards().get(1).bestButton().setSelected(true);
            lab.cards().get(0).worstButton().setSelected(true);
        });
        assertThat(fx(() -> robot.lookup("#lab-save").queryAs(Button.class).isDisabled())).isFalse();
        robot.clickOn("#lab-save");

        List<PreferenceRecord> stored = f.store.preferences();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).imageId()).isEqualTo(f.image.id());
        JsonNode pair = new ObjectMapper().readTree(stored.get(0).payload());
        assertThat(pair.get("prompt").asText()).isEqualTo("Give me a short description of the region {region}.");
        assertThat(pair.get("chosen").asText()).isEqualTo("A person, seen within the red ellipse");
        assertThat(pair.get("rejected").asText()).isEqualTo("A person, seen within the red rectangle");
        assertThat(pair.get("chosen_meta").get("style").asText()).isEqualTo("vip-constant-ellipse");
        assertThat(pair.get("rejected_meta").get("style").asText()).isEqualTo("vip-constant-rectangle");
        assertThat(pair.get("model").asText()).isEqualTo("test-model");
        assertThat(pair.get("region").toString()).contains("10");
        assertThat(fx(() -> robot.lookup("#lab-pairs").queryAs(Label.class).getText()))
                .isEqualTo("1 pair in this project");

        Path file = out.resolve("pairs.jsonl");
        assertThat(fx(() -> PreferenceExport.write(session, file))).isEqualTo(1);
        assertThat(Files.readAllLines(file)).containsExactly(stored.get(0).payload());

        fx(() -> session.undo());
        assertThat(f.store.preferences()).isEmpty();
    }

    @Test
    void bestAndWorstMustDiffer(FxRobot robot) throws Exception {
        fx(() -> lab.chooseStyles(List.of(VisualPromptStyle.VIP_CONSTANT_RECTANGLE,
                VisualPromptStyle.FGVP_BLUR_REVERSE)));
        robot.clickOn("#lab-run");
        waitForCards(robot, 2);
        fx(() -> {
            lab.cards().get(0).bestButton().setSelected(true);
            lab.cards().get(0).worstButton().setSelected(true);
        });
        assertThat(fx(() -> robot.lookup("#lab-save").queryAs(Button.class).isDisabled())).isTrue();
        fx(() -> lab.savePair());
        assertThat(f.store.preferences()).isEmpty();
    }
}
