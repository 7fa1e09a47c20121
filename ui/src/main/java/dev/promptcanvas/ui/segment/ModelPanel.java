package dev.promptcanvas.ui.segment;

import dev.promptcanvas.inference.models.InstalledModel;
import dev.promptcanvas.inference.models.ModelDirs;
import dev.promptcanvas.inference.models.ModelRegistry;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The model panel: the segmenter in use and its device, the last click's latency, and the installed models. */
public final class ModelPanel extends VBox {

    public ModelPanel(WorkbenchSession session, SegmentationController segmentation) {
        setId("model-panel");
        Label current = new Label();
        current.setWrapText(true);
        current.textProperty().bind(segmentation.modelDescriptionProperty());
        Label latency = new Label();
        latency.textProperty().bind(session.latencyProperty());
        ModelRegistry registry = new ModelRegistry(ModelDirs.userModels());
        List<String> models = registry.list().stream().map(ModelPanel::describe).toList();
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(models.isEmpty()
                ? List.of("No SAM2 model installed: the classical segmenter (OpenCV GrabCut / watershed) is used.")
                : models));
        list.setPrefHeight(160);
        Label how = new Label("Install a SAM2 model (ONNX, samexporter layout) with\n"
                + "  promptcanvas models install --from DIR   (offline)\n"
                + "  promptcanvas models install sam2.1-tiny  (download)\n"
                + "Models live in " + registry.root() + ". Prompt tools: G/H points, X box, S scribble, K arrow;\n"
                + "Tab cycles candidates, Enter accepts, Esc discards.");
        how.setWrapText(true);
        how.setStyle("-fx-font-family: monospace; -fx-font-size: 11px;");
        setSpacing(8);
        setPadding(new Insets(8));
        getChildren().addAll(current, latency, new Label("Installed models"), list, how);
        VBox.setVgrow(list, Priority.SOMETIMES);
    }

    private static String describe(InstalledModel m) {
        return m.id() + "  (" + m.manifest().kind() + ", " + m.dir() + ")";
    }
}
