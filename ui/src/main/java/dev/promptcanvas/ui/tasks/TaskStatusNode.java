package dev.promptcanvas.ui.tasks;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.controlsfx.control.PopOver;

/**
 * The status-bar face of {@link BackgroundTasks}: the first task's progress and how many run; a click opens the
 * full task list (with cancel buttons) in a pop-over. Hidden when nothing runs.
 */
final class TaskStatusNode {

    private final HBox box;
    private final ProgressBar bar = new ProgressBar();
    private final Label label = new Label();
    private final ObservableList<Task<?>> tasks;
    private final Supplier<Node> list;
    private PopOver popOver;

    TaskStatusNode(ObservableList<Task<?>> tasks, Supplier<Node> list) {
        this.tasks = tasks;
        this.list = list;
        bar.setPrefWidth(90);
        box = new HBox(6, bar, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("background-tasks");
        box.getStyleClass().add("background-tasks");
        box.visibleProperty().bind(Bindings.isNotEmpty(tasks));
        box.managedProperty().bind(box.visibleProperty());
        box.setOnMouseClicked(e -> toggleList());
        tasks.addListener((ListChangeListener<Task<?>>) c -> refresh());
        refresh();
    }

    Node node() {
        return box;
    }

    private void refresh() {
        bar.progressProperty().unbind();
        if (tasks.isEmpty()) {
            bar.setProgress(0);
            label.setText("");
            if (popOver != null) {
                popOver.hide();
            }
            return;
        }
        Task<?> first = tasks.get(0);
        bar.progressProperty().bind(first.progressProperty());
        label.textProperty().unbind();
        label.setText(tasks.size() == 1 ? first.getTitle() : first.getTitle() + " +" + (tasks.size() - 1));
    }

    private void toggleList() {
        if (popOver == null) {
            popOver = new PopOver(list.get());
            popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
            popOver.setDetachable(false);
        }
        if (popOver.isShowing()) {
            popOver.hide();
        } else if (!tasks.isEmpty()) {
            popOver.show(box);
        }
    }
}
