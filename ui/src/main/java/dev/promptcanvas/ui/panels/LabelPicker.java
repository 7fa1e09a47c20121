package dev.promptcanvas.ui.panels;

import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.Locale;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The quick label picker: type to filter, Enter picks the highlighted label (or creates the typed one when no label
 * matches), Esc closes.
 */
public final class LabelPicker {

    private final WorkbenchSession session;
    private final LabelsPanel labels;

    public LabelPicker(WorkbenchSession session, LabelsPanel labels) {
        this.session = session;
        this.labels = labels;
    }

    public void show(Window owner) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Pick a label");
        FilteredList<Category> filtered = new FilteredList<>(session.categories());
        TextField filter = new TextField();
        filter.setId("label-picker-filter");
        filter.setPromptText("Type to filter; Enter picks; a new name creates a label");
        ListView<Category> list = new ListView<>(filtered);
        list.setId("label-picker-list");
        list.setPrefHeight(260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name());
                setGraphic(empty || c == null ? null : new Rectangle(12, 12, Color.web(c.color())));
            }
        });
        filter.textProperty().addListener((obs, o, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(c -> c.name().toLowerCase(Locale.ROOT).contains(needle));
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        Runnable pick = () -> {
            Category c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                session.useCategory(c);
            } else if (!filter.getText().isBlank()) {
                labels.addLabel(filter.getText());
            }
            stage.close();
        };
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                pick.run();
            }
        });
        VBox box = new VBox(6, new Label("Label for new shapes (and the selected one):"), filter, list);
        box.setStyle("-fx-padding: 10;");
        stage.setScene(new Scene(box, 320, 340));
        stage.show();
        filter.requestFocus();
    }
}
