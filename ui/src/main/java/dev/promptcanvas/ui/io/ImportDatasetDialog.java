package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.store.ImportDataset;
import dev.promptcanvas.annotations.store.ImportReport;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.inference.imageio.ImportPreparation;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Import dataset…: an {@link ImportForm} with file and folder choosers; Import reads the input in the
 * background, then applies one {@link ImportDataset} (a single undoable step) on the FX thread and shows the
 * report. Malformed input shows the format's message (file and field) and leaves the project unchanged.
 */
public final class ImportDatasetDialog {

    /** A dataset read and matched to the project's images, ready to apply. */
    private record Prepared(Dataset dataset, List<Skipped> skipped) {
    }

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final Consumer<String> status;
    private final ImportForm form = new ImportForm();
    private final DatasetDialogFrame frame = new DatasetDialogFrame("import", "Import", this::run);

    /** {@code status} receives a one-line outcome for the status bar. */
    public ImportDatasetDialog(ProjectStore store, BackgroundTasks tasks, Consumer<String> status) {
        this.store = store;
        this.tasks = tasks;
        this.status = status;
        Button file = new Button("Choose file…");
        file.setId("import-choose-file");
        file.setOnAction(e -> chooseFile());
        Button folder = new Button("Choose folder…");
        folder.setId("import-choose-folder");
        folder.setOnAction(e -> chooseFolder());
        form.addInputControl(file);
        form.addInputControl(folder);
        frame.layout(form, new Insets(10), "Import dataset", 560, 480);
    }

    public ImportForm form() {
        return form;
    }

    public void show(Window owner) {
        frame.show(owner);
    }

    public void close() {
        frame.close();
    }

    /** The inline error ("" when the last import went well). */
    public String message() {
        return frame.message();
    }

    /** What the last import added ("" before one has finished). */
    public String summary() {
        return frame.summary();
    }

    /**
     * Checks the form and starts reading in the background; returns the task, or null when nothing runs (bad
     * input or a read-only project; the reason is shown).
     */
    public Task<?> run() {
        if (store.isReadOnly()) {
            frame.refuse("This project is open read-only: nothing can be imported");
            return null;
        }
        ImportForm.Request request;
        try {
            request = form.request();
        } catch (IllegalArgumentException e) {
            frame.refuse(e.getMessage());
            return null;
        }
        frame.started("Reading " + request.input() + "…");
        return tasks.submit("Import " + request.format().name(), progress -> {
            progress.update(-1, -1);
            progress.message("Reading " + request.input().getFileName());
            ReadResult read = request.format().read(request.input(),
                    new ReadOptions(store.directory(), request.skipInvalid()));
            // the same matching as the CLI's import: by path, then unique file name, then the file on disk
            return new Prepared(ImportPreparation.prepare(read.dataset(), store, store.directory(), null,
                    request.input(), false).dataset(), read.skipped());
        }, prepared -> apply(request, prepared), failure -> fail(failure));
    }

    private void apply(ImportForm.Request request, Prepared prepared) {
        ImportReport report;
        try {
            report = store.apply(new ImportDataset(prepared.dataset()));
        } catch (Exception e) {
            fail(e);
            return;
        }
        frame.finished(ReportText.imported(request.format().name(), request.input(), report, prepared.skipped()));
        status.accept(String.format("Imported %,d annotation(s) from %s", report.annotationsAdded(),
                request.input()));
    }

    private void fail(Throwable failure) {
        status.accept("Import failed: " + frame.failed("Nothing imported: ", failure));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import dataset file");
        File chosen = chooser.showOpenDialog(frame.stage());
        if (chosen != null) {
            form.setInput(chosen.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import dataset folder");
        File chosen = chooser.showDialog(frame.stage());
        if (chosen != null) {
            form.setInput(chosen.toPath());
        }
    }
}
