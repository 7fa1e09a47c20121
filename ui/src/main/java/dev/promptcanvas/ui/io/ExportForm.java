package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.MaskEncoding;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.export.CategoryMapping;
import dev.promptcanvas.annotations.formats.export.ExportPlan;
import dev.promptcanvas.annotations.formats.export.ImageMode;
import dev.promptcanvas.annotations.formats.export.SplitRule;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The fields of the export dialog, without file choosers: format, output path, masks, split, images, suggestions
 * and the format's own options; {@link #plan(Path)} turns them into an {@link ExportPlan} or says what is wrong.
 */
public final class ExportForm extends VBox {

    /** Formats whose writers honour the rle/polygon choice. */
    private static final Set<String> MASK_FORMATS = Set.of("coco", "labelme", "osprey");

    private final ComboBox<DatasetFormat> format = FormatCells.combo(DatasetFormat::canWrite);
    private final TextField output = new TextField();
    private final Label outputKind = new Label();
    private final Label description = new Label();
    private final HBox outputRow = new HBox(6, output);
    private final ComboBox<MaskEncoding> masks = new ComboBox<>();
    private final HBox masksRow;
    private final ToggleGroup split = new ToggleGroup();
    private final RadioButton noSplit = new RadioButton("None");
    private final RadioButton ratioSplit = new RadioButton("Random ratios");
    private final RadioButton folderSplit = new RadioButton("By top folder");
    private final TextField ratios = new TextField("train=0.8,val=0.2");
    private final TextField seed = new TextField("42");
    private final ComboBox<ImageMode> images = new ComboBox<>();
    private final CheckBox suggestions = new CheckBox("Include unaccepted model suggestions");
    private final TextField renames = new TextField();
    private final GridPane options = new GridPane();
    private final Map<String, TextField> optionFields = new LinkedHashMap<>();

    public ExportForm() {
        super(8);
        setPadding(new Insets(10));
        format.setId("export-format");
        output.setId("export-output");
        HBox.setHgrow(output, Priority.ALWAYS);
        masks.setId("export-masks");
        masks.getItems().setAll(MaskEncoding.values());
        masksRow = new HBox(6, new Label("Masks"), masks);
        masksRow.managedProperty().bind(masksRow.visibleProperty());
        noSplit.setToggleGroup(split);
        ratioSplit.setToggleGroup(split);
        folderSplit.setToggleGroup(split);
        noSplit.setId("export-split-none");
        ratioSplit.setId("export-split-ratios");
        folderSplit.setId("export-split-folder");
        noSplit.setSelected(true);
        ratios.setId("export-ratios");
        ratios.setPromptText("train=0.8,val=0.2");
        seed.setId("export-seed");
        seed.setPrefColumnCount(6);
        ratios.disableProperty().bind(ratioSplit.selectedProperty().not());
        seed.disableProperty().bind(ratioSplit.selectedProperty().not());
        images.setId("export-images");
        images.getItems().setAll(ImageMode.values());
        images.getSelectionModel().select(ImageMode.REFERENCE);
        images.setTooltip(new Tooltip("REFERENCE leaves images in the project; COPY or LINK puts them beside the"
                + " export"));
        suggestions.setId("export-suggestions");
        renames.setId("export-renames");
        renames.setPromptText("kitten=cat, blurry=");
        renames.setTooltip(new Tooltip("Rename or merge labels in the export (old=new, comma-separated);"
                + " old= leaves a label and its annotations out. The project is not changed."));
        HBox.setHgrow(renames, Priority.ALWAYS);
        options.setId("export-options");
        options.setHgap(6);
        options.setVgap(4);
        description.setWrapText(true);
        description.setId("export-format-description");
        getChildren().addAll(new Label("Format"), format, description, outputKind, outputRow, masksRow,
                new Label("Split"), new HBox(10, noSplit, folderSplit),
                new HBox(6, ratioSplit, ratios, new Label("seed"), seed),
                new HBox(6, new Label("Images"), images), suggestions,
                new HBox(6, new Label("Rename labels"), renames), new Label("Format options"), options);
        format.valueProperty().addListener((obs, o, f) -> formatChanged(f));
        formatChanged(format.getValue());
    }

    private void formatChanged(DatasetFormat f) {
        outputKind.setText(f != null && f.writesFolder() ? "Output folder" : "Output file");
        description.setText(f == null ? "" : f.description());
        masksRow.setVisible(f != null && MASK_FORMATS.contains(f.name()));
        masks.getSelectionModel().select(f != null && f.name().equals("labelme") ? MaskEncoding.POLYGON
                : MaskEncoding.RLE);
        options.getChildren().clear();
        optionFields.clear();
        if (f == null) {
            return;
        }
        int row = 0;
        for (Map.Entry<String, String> e : f.writeOptionHelp().entrySet()) {
            Label key = new Label(e.getKey() + " =");
            TextField value = new TextField();
            value.setId("export-option-" + e.getKey());
            value.setPromptText(e.getValue());
            Tooltip help = new Tooltip(e.getValue());
            key.setTooltip(help);
            value.setTooltip(help);
            GridPane.setHgrow(value, Priority.ALWAYS);
            options.addRow(row++, key, value);
            optionFields.put(e.getKey(), value);
        }
        if (row == 0) {
            options.addRow(0, new Label("(none)"));
        }
    }

    /** The chosen format, or null. */
    public DatasetFormat format() {
        return format.getValue();
    }

    /** Chooses a format by name; false when no writable format has that name. */
    public boolean selectFormat(String name) {
        return FormatCells.select(format, name);
    }

    /** Puts a control (the dialog's chooser button) beside the output path. */
    public void addOutputControl(Node control) {
        outputRow.getChildren().add(control);
    }

    public void setOutput(Path path) {
        output.setText(path == null ? "" : path.toString());
    }

    public void setMasks(MaskEncoding encoding) {
        masks.getSelectionModel().select(encoding);
    }

    /** A random split by the ratio text (e.g. "train=0.8,val=0.2") and seed text, checked when the plan is made. */
    public void setRatioSplit(String ratioText, String seedText) {
        ratioSplit.setSelected(true);
        ratios.setText(ratioText);
        seed.setText(seedText);
    }

    public void setFolderSplit() {
        folderSplit.setSelected(true);
    }

    public void setImages(ImageMode mode) {
        images.getSelectionModel().select(mode);
    }

    public void setRenames(String text) {
        renames.setText(text);
    }

    public void setIncludeSuggestions(boolean include) {
        suggestions.setSelected(include);
    }

    /** Sets a format option shown for the current format; false when the format has no such option. */
    public boolean setOption(String key, String value) {
        TextField field = optionFields.get(key);
        if (field == null) {
            return false;
        }
        field.setText(value);
        return true;
    }

    /** The plan the fields describe, or an IllegalArgumentException saying which field is wrong. */
    public ExportPlan plan(Path projectDir) {
        DatasetFormat f = format.getValue();
        if (f == null) {
            throw new IllegalArgumentException("Choose a format");
        }
        String out = output.getText() == null ? "" : output.getText().trim();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Choose an output " + (f.writesFolder() ? "folder" : "file"));
        }
        SplitRule rule = ratioSplit.isSelected() ? SplitText.ratios(ratios.getText(), seed.getText())
                : folderSplit.isSelected() ? new SplitRule.ByFolder() : new SplitRule.None();
        Map<String, String> formatOptions = new LinkedHashMap<>();
        optionFields.forEach((key, field) -> {
            String v = field.getText() == null ? "" : field.getText().trim();
            if (!v.isEmpty()) {
                formatOptions.put(key, v);
            }
        });
        MaskEncoding encoding = masks.getValue() == null ? MaskEncoding.RLE : masks.getValue();
        WriteOptions write = new WriteOptions(projectDir, encoding, 1.0).withFormatOptions(formatOptions);
        return new ExportPlan(f, Path.of(out), write, rule, images.getValue(), suggestions.isSelected(),
                renames());
    }

    private CategoryMapping renames() {
        String text = renames.getText() == null ? "" : renames.getText();
        try {
            return CategoryMapping.parse(java.util.Arrays.asList(text.split(",")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Rename labels: " + e.getMessage(), e);
        }
    }

    /** "folder" or "file": what the output chooser should ask for. */
    String outputKind() {
        DatasetFormat f = format.getValue();
        return f != null && f.writesFolder() ? "folder" : "file";
    }
}
