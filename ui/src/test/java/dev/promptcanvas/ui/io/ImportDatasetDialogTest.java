package dev.promptcanvas.ui.io;

import static dev.promptcanvas.ui.io.IoFixture.await;
import static dev.promptcanvas.ui.io.IoFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The import dialog against a real project: a COCO file in one undoable step, and a malformed one that changes nothing. */
@ExtendWith(ApplicationExtension.class)
class ImportDatasetDialogTest {

    private static final String COCO = """
            {"images": [{"id": 7, "file_name": "img1.png", "width": 64, "height": 48}],
             "categories": [{"id": 3, "name": "dog"}],
             "annotations": [
               {"id": 1, "image_id": 7, "category_id": 3, "bbox": [1, 2, 10, 20], "area": 200, "iscrowd": 0},
               {"id": 2, "image_id": 7, "category_id": 3, "bbox": [30, 5, 8, 8], "area": 64, "iscrowd": 0}]}
            """;

    @TempDir
    Path project;
    @TempDir
    Path in;

    private IoFixture f;
    private BackgroundTasks tasks;
    private ImportDatasetDialog dialog;
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
            ImportDatasetDialog d = new ImportDatasetDialog(f.store, tasks, statusLines::add);
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

    private void importFile(Path file) throws Exception {
        fx(() -> {
            assertThat(dialog.form().selectFormat("coco")).isTrue();
            dialog.form().setInput(file);
            assertThat(dialog.run()).isNotNull();
        });
        await(() -> !dialog.summary().startsWith("Reading") || !dialog.message().isEmpty());
    }

    @Test
    void cocoImportAddsTheAnnotationsInOneUndoableStep() throws Exception {
        open();
        Path file = Files.writeString(in.resolve("instances.json"), COCO);
        long img1 = f.store.imageByPath("img1.png").orElseThrow().id();
        assertThat(f.store.annotations(img1)).hasSize(1);

        importFile(file);

        assertThat(fx(dialog::message)).isEmpty();
        assertThat(f.store.annotations(img1)).hasSize(3);
        assertThat(f.annotationCount()).isEqualTo(IoFixture.IMAGES + 2);
        assertThat(f.store.categories()).extracting(Category::name).contains("dog");
        assertThat(fx(dialog::summary)).contains("annotations: 2;").contains("images: 0 added, 1 matched");
        assertThat(statusLines).anyMatch(s -> s.startsWith("Imported 2 annotation(s)"));

        assertThat(f.store.undo()).isPresent();
        assertThat(f.store.annotations(img1)).hasSize(1);
        assertThat(f.annotationCount()).isEqualTo(IoFixture.IMAGES);
        assertThat(f.store.categories()).extracting(Category::name).doesNotContain("dog");
    }

    @Test
    void malformedCocoShowsFileAndFieldAndChangesNothing() throws Exception {
        open();
        Path file = Files.writeString(in.resolve("broken.json"),
                COCO.replace("\"bbox\": [30, 5, 8, 8]", "\"bbox\": \"oops\""));
        List<Category> before = f.store.categories();

        importFile(file);

        String message = fx(dialog::message);
        assertThat(message).startsWith("Nothing imported: ").contains("broken.json").contains("bbox");
        assertThat(fx(dialog::summary)).isEmpty();
        assertThat(f.annotationCount()).isEqualTo(IoFixture.IMAGES);
        assertThat(f.store.categories()).isEqualTo(before);
    }

    @Test
    void anImageNeitherInTheProjectNorOnDiskFailsTheWholeImport() throws Exception {
        open();
        Path file = Files.writeString(in.resolve("elsewhere.json"), COCO.replace("img1.png", "missing.png"));

        importFile(file);

        assertThat(fx(dialog::message)).contains("elsewhere.json").contains("images[0]").contains("missing.png");
        assertThat(f.annotationCount()).isEqualTo(IoFixture.IMAGES);
    }

    @Test
    void aMissingInputIsShownInlineAndNothingRuns() throws Exception {
        open();
        Object task = fx(() -> {
            dialog.form().setInput(in.resolve("nope.json"));
            return dialog.run();
        });
        assertThat(task).isNull();
        assertThat(fx(dialog::message)).contains("nope.json").contains("no such file or folder");
    }

    @Test
    void aReadOnlyProjectRefusesToImport() throws Exception {
        IoFixture writable = new IoFixture(project);
        writable.store.close();
        Path file = Files.writeString(in.resolve("instances.json"), COCO);
        try (ProjectStore readOnly = ProjectStore.openReadOnly(project);
             BackgroundTasks own = new BackgroundTasks(1)) {
            Object task = fx(() -> {
                ImportDatasetDialog d = new ImportDatasetDialog(readOnly, own, statusLines::add);
                d.form().setInput(file);
                return d.run() == null ? d.message() : null;
            });
            assertThat(task).asString().contains("read-only");
            assertThat(readOnly.images().stream().mapToInt(i -> readOnly.annotations(i.id()).size()).sum())
                    .isEqualTo(IoFixture.IMAGES);
        }
    }
}
