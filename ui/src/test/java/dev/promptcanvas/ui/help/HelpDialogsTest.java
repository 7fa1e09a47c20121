package dev.promptcanvas.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HelpDialogsTest {

    @TempDir
    Path tmp;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aboutListsVersionRuntimeDeviceAndTheGeneratedComponents(FxRobot robot) throws Exception {
        AboutInfo info = AboutInfo.current("Segmenter: classic on CPU");
        Stage about = WaitForAsyncUtils.asyncFx(() ->
                new AboutDialog(info, ThirdPartyComponents.load()).show(owner)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#about-runtime").queryAs(Label.class).getText())
                .contains(System.getProperty("java.runtime.version"));
        assertThat(robot.lookup("#about-device").queryAs(Label.class).getText()).isEqualTo("Segmenter: classic on CPU");
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText()).isNotBlank();
        TableView<?> table = robot.lookup("#about-components").queryAs(TableView.class);
        List<String> rows = table.getItems().stream().map(o -> {
            ThirdPartyComponents.Component c = (ThirdPartyComponents.Component) o;
            return c.coordinates() + " " + c.version() + " " + c.licences();
        }).collect(Collectors.toList());
        assertThat(rows).anyMatch(r -> r.startsWith("org.openjfx:javafx-graphics 21.") && r.contains("Classpath"))
                .anyMatch(r -> r.startsWith("com.microsoft.onnxruntime:onnxruntime ") && r.endsWith("[MIT]"));
        assertThat(table.getColumns()).extracting(col -> col.getText()).containsExactly("Component", "Version", "Licence");
        WaitForAsyncUtils.asyncFx(about::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aboutFallsBackToCpuWhenNoDeviceIsKnown() {
        assertThat(AboutInfo.current(null).device()).isEqualTo("CPU");
        assertThat(AboutInfo.current(" ").device()).isEqualTo("CPU");
    }

    @Test
    void theGuideOpensUntilDismissedAndExplainsModelsAndPlaces(FxRobot robot) throws Exception {
        Path config = tmp.resolve("config");
        FirstRun firstRun = new FirstRun(config);
        FirstRunGuide.Places places = new FirstRunGuide.Places(config, tmp.resolve("data"),
                tmp.resolve("data/sample-project"), tmp.resolve("data/models"));
        FirstRunGuide guide = new FirstRunGuide(places, firstRun);
        assertThat(WaitForAsyncUtils.asyncFx(() -> guide.showIfDue(owner)).get(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#first-run-guide").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertThat(text).contains("promptcanvas models install --from DIR", "Model tab", "File → Open folder",
                tmp.resolve("data/models").toString(), tmp.resolve("data/sample-project").toString(),
                ".promptcanvas/cache");
        assertThat(robot.lookup("#first-run-dont-show").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(Files.exists(config.resolve(FirstRun.FLAG))).isFalse();
        robot.clickOn("#first-run-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(config.resolve(FirstRun.FLAG))).isTrue();
        assertThat(firstRun.guideDue()).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> guide.showIfDue(owner)).get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(Window.getWindows()).hasSize(1);

        Stage again = WaitForAsyncUtils.asyncFx(() -> guide.show(owner)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.isShowing()).isTrue();
        WaitForAsyncUtils.asyncFx(again::close).get(10, TimeUnit.SECONDS);
        firstRun.reset();
        assertThat(firstRun.guideDue()).isTrue();
    }

    @Test
    void untickingDontShowKeepsTheGuideForTheNextStart(FxRobot robot) throws Exception {
        FirstRun firstRun = new FirstRun(tmp.resolve("cfg"));
        FirstRunGuide guide = new FirstRunGuide(new FirstRunGuide.Places(tmp, tmp, tmp, tmp), firstRun);
        Stage stage = WaitForAsyncUtils.asyncFx(() -> guide.show(owner)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#first-run-dont-show");
        robot.clickOn("#first-run-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        assertThat(firstRun.guideDue()).isTrue();
    }

}
