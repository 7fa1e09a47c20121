package dev.promptcanvas.ui.panels;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.ui.session.WorkbenchSession;
import dev.promptcanvas.ui.tools.SelectTool;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The annotations of the current image: select, hide, lock, delete, change label. */
public final class AnnotationsPanel extends VBox {

    private final WorkbenchSession session;
    private final ListView<Annotation> list = new ListView<>();
    private boolean syncing;

    public AnnotationsPanel(WorkbenchSession session) {
        this.session = session;
        list.setItems(session.currentAnnotations());
        list.setId("annotation-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Category c = session.category(a.categoryId()).orElse(null);
                String flags = (session.hidden().contains(a.id()) ? "  [hidden]" : "")
                        + (SelectTool.isLocked(a) ? "  [locked]" : "");
                setText((c == null ? "?" : c.name()) + "  ·  " + a.geometry().kind()
                        + (a.source().isHuman() ? "" : "  ·  " + a.source().modelId()) + flags);
                setGraphic(new Rectangle(12, 12, c == null ? Color.GRAY : Color.web(c.color())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, a) -> {
            if (!syncing && a != null) {
                session.select(a);
            }
        });
        session.selectedProperty().addListener((obs, o, a) -> {
            syncing = true;
            if (a == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(a);
            }
            syncing = false;
        });
        Button hide = new Button("Hide / show");
        hide.setOnAction(e -> withSelected(a -> {
            session.toggleHidden(a);
            list.refresh();
        }));
        Button lock = new Button("Lock / unlock");
        lock.setOnAction(e -> withSelected(session::toggleLocked));
        Button delete = new Button("Delete");
        delete.setOnAction(e -> session.deleteSelected());
        ComboBox<Category> label = new ComboBox<>(session.categories());
        label.setPromptText("Change label");
        label.setConverter(DisplayNames.converter());
        label.setOnAction(e -> {
            if (label.getValue() != null && session.selectedProperty().get() != null) {
                session.useCategory(label.getValue());
            }
        });
        FlowPane buttons = new FlowPane(6, 6, hide, lock, delete, label);
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(list, buttons, new PolygonFromMask(session));
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    private void withSelected(java.util.function.Consumer<Annotation> action) {
        Annotation a = session.selectedProperty().get();
        if (a != null) {
            action.accept(a);
        }
    }
}
