package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The fields of the import dialog, without file choosers: format, input file or folder, skip-invalid. */
public final class ImportForm extends VBox {

    /** What to import. */
    public record Request(DatasetFormat format, Path input, boolean skipInvalid) {
    }

    private final ComboBox<DatasetFormat> format = FormatCells.combo(DatasetFormat::canRead);
    private final TextField input = new TextField();
    private final HBox inputRow = new HBox(6, input);
    private final CheckBox skipInvalid = new CheckBox("Skip invalid items (listed in the summary) instead of failing");

    public ImportForm() {
        super(8);
        setPadding(new Insets(10));
        format.setId("import-format");
        input.setId("import-input");
        HBox.setHgrow(input, Priority.ALWAYS);
        input.setPromptText("a file (COCO JSON, ...) or a folder (LabelMe, YOLO, ...)");
        skipInvalid.setId("import-skip-invalid");
        getChildren().addAll(new Label("Format"), format, new Label("Input file or folder"), inputRow, skipInvalid);
    }

    public DatasetFormat format() {
        return format.getValue();
    }

    /** Chooses a format by name; false when no readable format has that name. */
    public boolean selectFormat(String name) {
        return FormatCells.select(format, name);
    }

    /** Puts a control (a chooser button of the dialog) beside the input path. */
    public void addInputControl(Node control) {
        inputRow.getChildren().add(control);
    }

    public void setInput(Path path) {
        input.setText(path == null ? "" : path.toString());
    }

    public void setSkipInvalid(boolean skip) {
        skipInvalid.setSelected(skip);
    }

    /** The request the fields describe, or an IllegalArgumentException saying which field is wrong. */
    public Request request() {
        if (format.getValue() == null) {
            throw new IllegalArgumentException("Choose a format");
        }
        String text = input.getText() == null ? "" : input.getText().trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Choose the input file or folder");
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(text + ": not a valid path (" + e.getReason() + ")");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + ": no such file or folder");
        }
        return new Request(format.getValue(), path, skipInvalid.isSelected());
    }
}
