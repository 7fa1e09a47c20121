package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.export.DatasetExporter;
import dev.promptcanvas.annotations.formats.export.ExportPlan;
import dev.promptcanvas.annotations.formats.export.ExportReport;
import dev.promptcanvas.annotations.store.ProjectExportSource;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import java.io.File;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Export dataset…: an {@link ExportForm}, a chooser for the output, and an Export button that runs the
 * export as a background task (progress in the status bar) and then shows what was written and what the format
 * could not hold. Bad input is shown under the form and nothing runs.
 */
public final class ExportDatasetDialog {

    private final ProjectStore store;
    private final BackgroundTasks tasks;
    private final Consumer<String> status;
    private final ExportForm form = new ExportForm();
    private final Label message = new Label();
    private final TextArea summary = new TextArea();
    private final Button run = new Button("Export");
    private final Stage stage = new Stage();

    /** {@code status} receives a one-line outcome for the status bar. */
    public ExportDatasetDialog(ProjectStore store, BackgroundTasks tasks, Consumer<String> status) {
        this.store = store;
        this.tasks = tasks;
        this.status = status;
        Button choose = new Button("Choose…");
        choose.setId("export-choose-output");
        choose.setOnAction(e -> chooseOutput());
        form.addOutputControl(choose);
        run.setId("export-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> run());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        message.setId("export-message");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #c62828;");
        summary.setId("export-summary");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(8);
        VBox bottom = new VBox(6, message, new HBox(8, run, close), summary);
        bottom.setPadding(new Insets(0, 10, 10, 10));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, null, null, bottom, null);
        stage.setTitle("Export dataset");
        stage.setScene(new Scene(root, 560, 720));
    }

    public ExportForm form() {
        return form;
    }

    public void show(Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        stage.show();
    }

    public void close() {
        stage.close();
    }

    /** The inline error under the form ("" when the input is fine). */
    public String message() {
        return message.getText();
    }

    /** What the last export wrote ("" before one has finished). */
    public String summary() {
        return summary.getText();
    }

    /**
     * Checks the form and starts the export in the background; returns its task, or null when the input is bad
     * (the reason is shown under the form).
     */
    public Task<ExportReport> run() {
        ExportPlan plan;
        try {
            plan = form.plan(store.directory());
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return null;
        }
        message.setText("");
        summary.setText("Exporting…");
        run.setDisable(true);
        return tasks.submit("Export " + plan.format().name(), progress -> export(plan, progress), report -> {
            run.setDisable(false);
            summary.setText(ReportText.export(plan, report));
            status.accept(String.format("Exported %,d image(s) as %s to %s", report.images(),
                    plan.format().name(), plan.output()));
        }, failure -> {
            run.setDisable(false);
            summary.setText("");
            String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            message.setText("Export failed: " + why);
            status.accept("Export failed: " + why);
        });
    }

    private ExportReport export(ExportPlan plan, BackgroundTasks.Progress progress) throws Exception {
        return DatasetExporter.export(new ProjectExportSource(store), plan, (split, done, total) -> {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled");
            }
            progress.update(done, total);
            progress.message((split.isEmpty() ? "" : split + ": ") + done + " / " + total + " images");
        });
    }

    private void chooseOutput() {
        File chosen;
        if (form.outputKind().equals("folder")) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export to folder");
            chosen = chooser.showDialog(stage);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to file");
            chooser.setInitialFileName(form.format() == null ? "dataset" : form.format().name() + ".json");
            chosen = chooser.showSaveDialog(stage);
        }
        if (chosen != null) {
            form.setOutput(chosen.toPath());
        }
    }
}
