package dev.promptcanvas.ui.io;

import static dev.promptcanvas.ui.io.IoFixture.await;
import static dev.promptcanvas.ui.io.IoFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.export.ImageMode;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export dialog against a real project: COCO with a two-way split, YOLO with copied images, bad ratios. */
@ExtendWith(ApplicationExtension.class)
class ExportDatasetDialogTest {

    @TempDir
    Path project;
    @TempDir
    Path out;

    private IoFixture f;
    private BackgroundTasks tasks;
    private ExportDatasetDialog dialog;
    private final List<String> statusLines = new ArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("host"), 200, 100));
        stage.show();
    }

    private void open() throws Exception {
        f = new IoFixture(project);
        tasks = new BackgroundTasks(1);
        dialog = fx(() -> {
            ExportDatasetDialog d = new ExportDatasetDialog(f.store, tasks, statusLines::add);
            d.show(null);
            return d;
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        if (dialog != null) {
            fx(() -> {
                dialog.close();
                tasks.close();
            });
            f.store.close();
        }
    }

    @Test
    void cocoWithTwoWaySplitWritesTwoFilesWhoseCountsAddUp() throws Exception {
        open();
        Path output = out.resolve("coco.json");
        fx(() -> {
            assertThat(dialog.form().selectFormat("coco")).isTrue();
            dialog.form().setOutput(output);
            dialog.form().setRatioSplit("train=0.5,val=0.5", "7");
            assertThat(dialog.run()).isNotNull();
        });
        await(() -> !dialog.summary().startsWith("Exporting") || !dialog.message().isEmpty());
        assertThat(fx(dialog::message)).isEmpty();

        ObjectMapper json = new ObjectMapper();
        int images = 0;
        int annotations = 0;
        for (String split : List.of("train", "val")) {
            Path file = out.resolve("coco_" + split + ".json");
            assertThat(file).exists();
            JsonNode coco = json.readTree(file.toFile());
            assertThat(coco.get("images")).hasSize(2);
            images += coco.get("images").size();
            annotations += coco.get("annotations").size();
            assertThat(coco.get("categories").findValuesAsText("name")).contains("cat");
        }
        assertThat(images).isEqualTo(4);
        assertThat(annotations).isEqualTo(4);
        String summary = fx(dialog::summary);
        assertThat(summary).contains("Exported 4 image(s), 4 annotation(s) as coco")
                .contains("train: 2 image(s)").contains("val: 2 image(s)");
        assertThat(statusLines).anyMatch(s -> s.startsWith("Exported 4 image(s) as coco"));
    }

    @Test
    void yoloWithCopiedImagesWritesDataYamlAndTheImages() throws Exception {
        open();
        Path output = out.resolve("yolo");
        fx(() -> {
            assertThat(dialog.form().selectFormat("yolo")).isTrue();
            dialog.form().setOutput(output);
            dialog.form().setImages(ImageMode.COPY);
            assertThat(dialog.run()).isNotNull();
        });
        await(() -> !dialog.summary().startsWith("Exporting") || !dialog.message().isEmpty());
        assertThat(fx(dialog::message)).isEmpty();
        assertThat(output.resolve("data.yaml")).isRegularFile();
        assertThat(Files.readString(output.resolve("data.yaml"))).contains("cat");
        try (Stream<Path> files = Files.walk(output.resolve("images"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(4);
        }
        try (Stream<Path> files = Files.walk(output.resolve("labels"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(4);
        }
    }

    @Test
    void badRatiosAreShownInlineAndNothingRuns() throws Exception {
        open();
        Path output = out.resolve("coco.json");
        Object task = fx(() -> {
            dialog.form().selectFormat("coco");
            dialog.form().setOutput(output);
            dialog.form().setRatioSplit("train=abc,val=0.2", "7");
            return dialog.run();
        });
        assertThat(task).isNull();
        assertThat(fx(dialog::message)).contains("'abc' is not a number");
        assertThat(fx(() -> tasks.tasks().size())).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void formatOptionsFollowTheChosenFormat() throws Exception {
        open();
        fx(() -> {
            dialog.form().selectFormat("yolo");
            assertThat(dialog.form().setOption("task", "segment")).isTrue();
            dialog.form().selectFormat("coco");
            assertThat(dialog.form().setOption("task", "segment")).isFalse();
        });
    }

    @Test
    void labelRenamesReachTheExportAndAnUnknownLabelIsReported() throws Exception {
        open();
        Path output = out.resolve("renamed.json");
        fx(() -> {
            assertThat(dialog.form().selectFormat("coco")).isTrue();
            dialog.form().setOutput(output);
            dialog.form().setRenames("cat=feline");
            assertThat(dialog.run()).isNotNull();
        });
        await(() -> !dialog.summary().startsWith("Exporting") || !dialog.message().isEmpty());
        assertThat(fx(dialog::message)).isEmpty();
        assertThat(new ObjectMapper().readTree(output.toFile()).get("categories").findValuesAsText("name"))
                .containsExactly("feline");

        Path other = out.resolve("unknown.json");
        fx(() -> {
            dialog.form().setOutput(other);
            dialog.form().setRenames("horse=pony");
            assertThat(dialog.run()).isNotNull();
        });
        await(() -> !fx(dialog::message).isEmpty());
        assertThat(fx(dialog::message)).contains("no label 'horse'");
        assertThat(other).doesNotExist();

        fx(() -> {
            dialog.form().setRenames("cat");
            assertThat(dialog.run()).isNull();
            assertThat(dialog.message()).contains("'cat' is not old=new");
        });
    }
}
