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
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
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
    private final DatasetDialogFrame frame = new DatasetDialogFrame("export", "Export", this::run);

    /** {@code status} receives a one-line outcome for the status bar. */
    public ExportDatasetDialog(ProjectStore store, BackgroundTasks tasks, Consumer<String> status) {
        this.store = store;
        this.tasks = tasks;
        this.status = status;
        Button choose = new Button("Choose…");
        choose.setId("export-choose-output");
        choose.setOnAction(e -> chooseOutput());
        form.addOutputControl(choose);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        frame.layout(scroll, new Insets(0, 10, 10, 10), "Export dataset", 560, 720);
    }

    public ExportForm form() {
        return form;
    }

    public void show(Window owner) {
        frame.show(owner);
    }

    public void close() {
        frame.close();
    }

    /** The inline error under the form ("" when the input is fine). */
    public String message() {
        return frame.message();
    }

    /** What the last export wrote ("" before one has finished). */
    public String summary() {
        return frame.summary();
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
            frame.refuse(e.getMessage());
            return null;
        }
        frame.started("Exporting…");
        return tasks.submit("Export " + plan.format().name(), progress -> export(plan, progress), report -> {
            frame.finished(ReportText.export(plan, report));
            status.accept(String.format("Exported %,d image(s) as %s to %s", report.images(),
                    plan.format().name(), plan.output()));
        }, failure -> status.accept("Export failed: " + frame.failed("Export failed: ", failure)));
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
            chosen = chooser.showDialog(frame.stage());
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to file");
            chooser.setInitialFileName(form.format() == null ? "dataset" : form.format().name() + ".json");
            chosen = chooser.showSaveDialog(frame.stage());
        }
        if (chosen != null) {
            form.setOutput(chosen.toPath());
        }
    }
}
