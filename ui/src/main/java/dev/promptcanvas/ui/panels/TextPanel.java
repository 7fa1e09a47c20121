package dev.promptcanvas.ui.panels;

import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The current image's captions and referring expressions (read-only here; editors come with the grounding issue). */
public final class TextPanel extends VBox {

    private final WorkbenchSession session;
    private final ListView<String> list = new ListView<>();

    public TextPanel(WorkbenchSession session) {
        this.session = session;
        list.setId("text-list");
        session.currentImageProperty().addListener((obs, o, img) -> refresh());
        session.currentAnnotations().addListener((javafx.collections.ListChangeListener<
                dev.promptcanvas.annotations.model.Annotation>) c -> refresh());
        Label title = new Label("Captions and referring expressions");
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    private void refresh() {
        var img = session.currentImageProperty().get();
        List<String> texts = new ArrayList<>();
        if (img != null) {
            for (Caption c : session.store().captions(img.id())) {
                texts.add("Caption: " + c.text());
            }
            for (ReferringExpression e : session.store().expressions(img.id())) {
                texts.add("Expression: \"" + e.text() + "\" → " + (e.isNoTarget() ? "no target"
                        : e.targetIds().size() + " target(s)") + (e.domain() == null ? "" : "  [" + e.domain() + "]"));
            }
        }
        list.setItems(FXCollections.observableArrayList(texts));
    }
}
