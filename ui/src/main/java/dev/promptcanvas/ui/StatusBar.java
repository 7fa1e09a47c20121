package dev.promptcanvas.ui;

import dev.promptcanvas.ui.session.WorkbenchSession;
import dev.promptcanvas.ui.tools.ToolId;
import dev.promptcanvas.ui.viewer.ImageViewer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status line: last message, background tasks, active tool, current label, cursor position, zoom and image
 * size, model latency.
 */
final class StatusBar {

    private final HBox bar;

    StatusBar(WorkbenchSession session, ImageViewer viewer, ObjectProperty<ToolId> tool, javafx.scene.Node tasks) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(session.messageProperty());
        Label toolLabel = new Label();
        toolLabel.textProperty().bind(Bindings.createStringBinding(() -> "Tool: " + tool.get().label(), tool));
        Label label = new Label();
        label.setId("status-label");
        label.textProperty().bind(Bindings.createStringBinding(() -> session.currentCategoryProperty().get() == null
                ? "Label: none" : "Label: " + session.currentCategoryProperty().get().name(),
                session.currentCategoryProperty()));
        Label position = new Label();
        position.setId("status-position");
        position.textProperty().bind(viewer.statusProperty());
        Label latency = new Label();
        latency.textProperty().bind(session.latencyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(16, message, spacer, tasks, toolLabel, label, position, latency);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
    }

    Parent node() {
        return bar;
    }
}
