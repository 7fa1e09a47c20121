package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.inference.vlm.lab.LabRun;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One prompt-lab answer: the image the model saw (the region drawn in this style), the style, the answer (or the
 * failure) and its latency, and the Best / Worst marks (one of each across all cards).
 */
final class LabCard extends VBox {

    static final double THUMB = 220;
    private final LabRun run;
    private final RadioButton best = new RadioButton("Best");
    private final RadioButton worst = new RadioButton("Worst");

    LabCard(LabRun run, BufferedImage shown, ToggleGroup bestGroup, ToggleGroup worstGroup) {
        this.run = run;
        setSpacing(4);
        setPadding(new Insets(6));
        setPrefWidth(THUMB + 12);
        setMaxWidth(THUMB + 12);
        getStyleClass().add("lab-card");
        setStyle("-fx-border-color: #999999; -fx-border-radius: 4;");
        if (shown != null) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(shown, null));
            view.setPreserveRatio(true);
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB * 0.75);
            getChildren().add(view);
        }
        Label style = new Label(run.style().id());
        style.setStyle("-fx-font-weight: bold;");
        Label answer = new Label(run.succeeded() ? run.result().rawAnswer().strip() : "Failed: " + run.error());
        answer.setWrapText(true);
        answer.getStyleClass().add("lab-answer");
        if (!run.succeeded()) {
            answer.setStyle("-fx-text-fill: #c0392b;");
        }
        Label latency = new Label(run.latencyMs() + " ms");
        latency.getStyleClass().add("lab-latency");
        best.setToggleGroup(bestGroup);
        best.setUserData(this);
        best.getStyleClass().add("lab-best");
        worst.setToggleGroup(worstGroup);
        worst.setUserData(this);
        worst.getStyleClass().add("lab-worst");
        best.setDisable(!run.succeeded());
        worst.setDisable(!run.succeeded());
        getChildren().addAll(style, answer, latency, new HBox(10, best, worst));
    }

    LabRun run() {
        return run;
    }

    RadioButton bestButton() {
        return best;
    }

    RadioButton worstButton() {
        return worst;
    }
}
