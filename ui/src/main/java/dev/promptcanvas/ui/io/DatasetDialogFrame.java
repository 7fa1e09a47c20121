package dev.promptcanvas.ui.io;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window both dataset dialogs share: their form on top and, below it, an inline error, the Run and Close
 * buttons and a summary of the last run. Run is disabled while a run is in flight.
 */
final class DatasetDialogFrame {

    private final Stage stage = new Stage();
    private final Label message = new Label();
    private final TextArea summary = new TextArea();
    private final Button run;

    /** Ids are {@code idPrefix}-run, -message and -summary (tests look them up). */
    DatasetDialogFrame(String idPrefix, String runText, Runnable onRun) {
        run = new Button(runText);
        run.setId(idPrefix + "-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> onRun.run());
        message.setId(idPrefix + "-message");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #c62828;");
        summary.setId(idPrefix + "-summary");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(8);
    }

    /** Puts the form above the frame's controls and sizes the window. */
    void layout(Node form, Insets bottomPadding, String title, double width, double height) {
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        VBox bottom = new VBox(6, message, new HBox(8, run, close), summary);
        bottom.setPadding(bottomPadding);
        stage.setTitle(title);
        stage.setScene(new Scene(new BorderPane(form, null, null, bottom, null), width, height));
    }

    Stage stage() {
        return stage;
    }

    void show(Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        stage.show();
    }

    void close() {
        stage.close();
    }

    String message() {
        return message.getText();
    }

    String summary() {
        return summary.getText();
    }

    /** Shows why nothing runs. */
    void refuse(String why) {
        message.setText(why);
    }

    /** A run starts: no error, the summary says what is happening, Run disabled. */
    void started(String what) {
        message.setText("");
        summary.setText(what);
        run.setDisable(true);
    }

    /** A run ended well: its summary. */
    void finished(String what) {
        run.setDisable(false);
        summary.setText(what);
    }

    /** A run failed: the error (prefixed) under the form; returns the reason for the status bar. */
    String failed(String prefix, Throwable failure) {
        run.setDisable(false);
        summary.setText("");
        String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        message.setText(prefix + why);
        return why;
    }
}
