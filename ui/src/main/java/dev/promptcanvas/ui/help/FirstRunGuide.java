package dev.promptcanvas.ui.help;

import dev.promptcanvas.ui.settings.AppDirs;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The first-run guide: what the tools are, opening a folder, installing a SAM2 model, where projects, models and
 * caches live. Opens at start until dismissed ("Don't show at start"); Help → First-run guide reopens it.
 */
public final class FirstRunGuide {

    /** Where things live, shown in the guide (tests pass temporary folders). */
    public record Places(Path config, Path data, Path sampleProject, Path models) {
        /** The user's standard folders. */
        public static Places standard() {
            return new Places(AppDirs.config(), AppDirs.data(), AppDirs.sampleProject(),
                    dev.promptcanvas.inference.models.ModelDirs.userModels());
        }
    }

    /** The guide's sections, title then text. */
    public static String[][] sections(Places places) {
        return new String[][] {
            {"Welcome", "PromptCanvas opened the bundled sample project so you can try everything at once. Every edit "
                + "is saved as you make it; Ctrl+Z / Ctrl+Shift+Z undo and redo, even after a restart."},
            {"The tools", "Tool bar, one key each: select/edit V, box B, polygon P, ellipse O, point T, polyline L, "
                + "arrow W, brush R, eraser E. Prompt tools ask a model for a mask: positive/negative point G/H, "
                + "prompt box X, scribble S (Shift+S negative), arrow K. Tab cycles the candidate masks, Enter "
                + "accepts one, Esc discards. Q picks a label; 1-9 pick the first nine. Help → Shortcuts lists all."},
            {"Open your images", "File → Open folder (Ctrl+O) on any folder of images: it becomes a project (a "
                + "promptcanvas.db file is added next to the images). Dropping a folder on the window does the same. "
                + "From a terminal: promptcanvas gui FOLDER, or promptcanvas init FOLDER then promptcanvas info FOLDER."},
            {"Install a SAM2 model", "Without a model the classical OpenCV segmenter (GrabCut, watershed) answers the "
                + "prompt tools. For SAM2 masks, install an ONNX export (samexporter layout: encoder.onnx, "
                + "decoder.onnx) from a folder, offline:\n    promptcanvas models install --from DIR\nor download a "
                + "catalogued one:\n    promptcanvas models install sam2.1-tiny\nthen check it with "
                + "promptcanvas models verify. The Model tab (Models → Model panel…) shows the segmenter and device "
                + "in use and the latency of the last click; restart or reopen the project to switch to a new model."},
            {"Where things live", "Settings (recent projects, keymap.properties): " + places.config() + "\n"
                + "Sample project: " + places.sampleProject() + "\nModels: " + places.models() + "\n"
                + "Each project keeps its data in its own folder: promptcanvas.db, and caches (image embeddings, "
                + "thumbnails) in PROJECT/.promptcanvas/cache/, safe to delete. PROMPTCANVAS_HOME moves settings "
                + "and data under one folder."},
        };
    }

    private final Places places;
    private final FirstRun firstRun;

    public FirstRunGuide(Places places, FirstRun firstRun) {
        this.places = places;
        this.firstRun = firstRun;
    }

    /**
     * Opens the guide if it was never dismissed; returns whether it opened. Scripted runs (a demo script, or
     * {@code -Dpromptcanvas.firstRunGuide=false}) never see it, so it cannot take their keyboard focus.
     */
    public boolean showIfDue(Window owner) {
        boolean scripted = System.getProperty("promptcanvas.demo") != null
                || "false".equals(System.getProperty("promptcanvas.firstRunGuide"));
        if (scripted || !firstRun.guideDue()) {
            return false;
        }
        show(owner);
        return true;
    }

    /** Opens the guide; its check box (ticked) dismisses it for future starts when the window closes. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Getting started with PromptCanvas");
        CheckBox dontShow = new CheckBox("Don't show at start (Help → First-run guide reopens it)");
        dontShow.setId("first-run-dont-show");
        dontShow.setSelected(true);
        Button close = new Button("Start working");
        close.setId("first-run-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        stage.setOnHidden(e -> {
            if (dontShow.isSelected()) {
                firstRun.dismiss();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox root = new VBox(10, new ScrollPane(content()), new HBox(10, dontShow, spacer, close));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 620, 560));
        stage.show();
        return stage;
    }

    /** The guide's text as nodes (tests inspect it). */
    public VBox content() {
        VBox box = new VBox(12);
        box.setId("first-run-guide");
        box.setPadding(new Insets(4, 12, 4, 4));
        for (String[] s : sections(places)) {
            Label title = new Label(s[0]);
            title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
            Label text = new Label(s[1]);
            text.setWrapText(true);
            text.setMaxWidth(560);
            box.getChildren().addAll(title, text);
        }
        return box;
    }
}
