package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.PreferenceRecord;
import dev.promptcanvas.annotations.store.AddPreference;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.VisualPromptRenderer;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.vlm.VlmClient;
import dev.promptcanvas.inference.vlm.VlmEndpoint;
import dev.promptcanvas.inference.vlm.lab.LabRun;
import dev.promptcanvas.inference.vlm.lab.PreferencePair;
import dev.promptcanvas.inference.vlm.lab.PreferencePairsJsonl;
import dev.promptcanvas.inference.vlm.lab.PromptLab;
import dev.promptcanvas.inference.vlm.task.PromptTemplates;
import dev.promptcanvas.inference.vlm.task.RegionCaptionTask;
import dev.promptcanvas.inference.vlm.task.TaskOptions;
import dev.promptcanvas.inference.vlm.task.VlmImage;
import dev.promptcanvas.ui.session.WorkbenchSession;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The prompt lab: one region and one question asked in N visual-prompt styles at once; the answers come back side
 * by side (the image the model saw, the answer, the latency). Marking one Best and another Worst and pressing
 * "Save pair" stores a preference pair in the project (as the JSONL line the export writes), one undo step.
 */
public final class PromptLabDialog extends Stage {

    /** Styles ticked when the lab opens. */
    static final List<VisualPromptStyle> DEFAULT_STYLES = List.of(VisualPromptStyle.VIP_CONSTANT_RECTANGLE,
            VisualPromptStyle.VIP_CONSTANT_ELLIPSE, VisualPromptStyle.FGVP_BLUR_REVERSE);
    private static final List<VisualPromptStyle> OFFERED = List.of(VisualPromptStyle.VIP_CONSTANT_RECTANGLE,
            VisualPromptStyle.VIP_CONSTANT_ELLIPSE, VisualPromptStyle.VIP_CONSTANT_ARROW,
            VisualPromptStyle.VIP_CONSTANT_MASK_CONTOUR, VisualPromptStyle.VIP_CONSTANT_POINT,
            VisualPromptStyle.FGVP_BLUR_REVERSE, VisualPromptStyle.FGVP_COLOR_MASK,
            VisualPromptStyle.FGVP_GRAYSCALE_REVERSE, VisualPromptStyle.FGVP_CONTOUR, VisualPromptStyle.FGVP_BOX,
            VisualPromptStyle.FGVP_CROP, VisualPromptStyle.SOM);

    private final WorkbenchSession session;
    private final BackgroundTasks tasks;
    private final VlmEndpoint endpoint;
    private final ImageRecord image;
    private final Annotation region;
    private final TextField question = new TextField(PromptTemplates.REGION_CAPTION);
    private final List<CheckBox> styleBoxes = new ArrayList<>();
    private final FlowPane cards = new FlowPane(8, 8);
    private final ToggleGroup best = new ToggleGroup();
    private final ToggleGroup worst = new ToggleGroup();
    private final Button run = new Button("Run");
    private final Button save = new Button("Save pair");
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label status = new Label();
    private final Label pairs = new Label();
    private VlmImage shownImage;

    PromptLabDialog(WorkbenchSession session, BackgroundTasks tasks, VlmEndpoint endpoint) {
        this.session = session;
        this.tasks = tasks;
        this.endpoint = endpoint;
        this.image = session.currentImageProperty().get();
        this.region = session.selectedProperty().get();
        setTitle("Prompt lab \u2014 " + endpoint.name() + " (" + endpoint.model() + ")");
        Label what = new Label(region == null || image == null
                ? "Select a region in the workbench first, then open the prompt lab again."
                : "Region #" + region.id() + " on " + image.fileName() + ". The question's {region} becomes each"
                + " style's phrase (\u201cwithin the red rectangle\u201d).");
        what.setWrapText(true);
        question.setId("lab-question");
        HBox.setHgrow(question, Priority.ALWAYS);
        FlowPane styles = new FlowPane(10, 4);
        for (VisualPromptStyle s : OFFERED) {
            CheckBox box = new CheckBox(s.id());
            box.setUserData(s);
            box.setSelected(DEFAULT_STYLES.contains(s));
            styleBoxes.add(box);
            styles.getChildren().add(box);
        }
        run.setId("lab-run");
        run.setOnAction(e -> runLab());
        run.setDisable(region == null || image == null);
        save.setId("lab-save");
        save.setOnAction(e -> savePair());
        save.setDisable(true);
        best.selectedToggleProperty().addListener((obs, o, n) -> updateSave());
        worst.selectedToggleProperty().addListener((obs, o, n) -> updateSave());
        Button export = new Button("Export…");
        export.setId("lab-export");
        export.setOnAction(e -> PreferenceExport.choose(session, this));
        spinner.setVisible(false);
        spinner.setPrefSize(18, 18);
        status.setId("lab-status");
        status.setWrapText(true);
        pairs.setId("lab-pairs");
        refreshCount();
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        cards.setPadding(new Insets(6));
        VBox top = new VBox(6, what, new HBox(6, new Label("Question"), question), new Label("Styles"), styles,
                new HBox(8, run, spinner, status));
        top.setPadding(new Insets(8));
        HBox bottom = new HBox(8, new Label("Mark one answer Best and one Worst, then"), save, pairs, export);
        bottom.setPadding(new Insets(8));
        BorderPane root = new BorderPane(scroll, top, null, bottom, null);
        setScene(new Scene(root, 980, 720));
    }

    /** The styles ticked now. */
    List<VisualPromptStyle> chosenStyles() {
        return styleBoxes.stream().filter(CheckBox::isSelected).map(b -> (VisualPromptStyle) b.getUserData())
                .toList();
    }

    /** Ticks exactly these styles. */
    void chooseStyles(List<VisualPromptStyle> styles) {
        styleBoxes.forEach(b -> b.setSelected(styles.contains((VisualPromptStyle) b.getUserData())));
    }

    List<LabCard> cards() {
        return cards.getChildren().stream().filter(n -> n instanceof LabCard).map(n -> (LabCard) n).toList();
    }

    TextField question() {
        return question;
    }

    private record Answered(VlmImage image, List<LabRun> runs, List<BufferedImage> shown) {
    }

    /** Asks the question in every ticked style (in the background). */
    void runLab() {
        List<VisualPromptStyle> styles = chosenStyles();
        if (styles.size() < 2) {
            status.setText("Tick at least two styles to compare");
            return;
        }
        if (question.getText().isBlank()) {
            status.setText("Type a question");
            return;
        }
        String q = question.getText();
        run.setDisable(true);
        spinner.setVisible(true);
        status.setText("Asking " + endpoint.model() + " in " + styles.size() + " styles…");
        cards.getChildren().clear();
        var dir = session.store().directory();
        tasks.submit("Prompt lab (" + styles.size() + " styles)", p -> {
            VlmImage img = ProjectImages.load(dir, image);
            PromptLab lab = new PromptLab(new RegionCaptionTask(VlmClient.open(endpoint), PromptTemplates.defaults()),
                    Math.min(4, styles.size()));
            List<LabRun> runs = lab.run(img, region.geometry(), q, styles, RenderOptions.defaults(),
                    TaskOptions.defaults());
            List<BufferedImage> shown = new ArrayList<>();
            for (LabRun r : runs) {
                shown.add(thumbnail(VisualPromptRenderer.render(r.style(), img.image(), List.of(region.geometry()),
                        RenderOptions.defaults()).image()));
            }
            return new Answered(img, runs, shown);
        }, this::showAnswers, e -> {
            run.setDisable(false);
            spinner.setVisible(false);
            status.setText("Failed: " + e.getMessage());
        });
    }

    private void showAnswers(Answered a) {
        run.setDisable(false);
        spinner.setVisible(false);
        shownImage = a.image();
        for (int i = 0; i < a.runs().size(); i++) {
            cards.getChildren().add(new LabCard(a.runs().get(i), a.shown().get(i), best, worst));
        }
        long failed = a.runs().stream().filter(r -> !r.succeeded()).count();
        status.setText(a.runs().size() + " answers" + (failed == 0 ? "" : ", " + failed + " failed")
                + ". Mark the best and the worst.");
    }

    private void updateSave() {
        LabCard b = marked(best);
        LabCard w = marked(worst);
        save.setDisable(b == null || w == null || b == w);
        if (b != null && b == w) {
            status.setText("Best and worst must be different answers");
        }
    }

    private static LabCard marked(ToggleGroup g) {
        return g.getSelectedToggle() == null ? null : (LabCard) g.getSelectedToggle().getUserData();
    }

    /** Stores the marked pair as a preference record whose payload is its JSONL line. */
    void savePair() {
        LabCard b = marked(best);
        LabCard w = marked(worst);
        if (b == null || w == null || b == w || shownImage == null) {
            status.setText("Mark one answer Best and a different one Worst");
            return;
        }
        PreferencePair pair;
        try {
            pair = new PreferencePair(image.path(), shownImage.sha256(), region.geometry(), question.getText(),
                    PreferencePair.Choice.of(b.run()), PreferencePair.Choice.of(w.run()), endpoint.model(),
                    endpoint.name(), null);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        session.apply(new AddPreference(new PreferenceRecord(0, image.id(), PreferencePairsJsonl.toLine(pair))))
                .ifPresentOrElse(r -> {
                    status.setText("Saved: " + b.run().style().id() + " preferred over " + w.run().style().id());
                    best.selectToggle(null);
                    worst.selectToggle(null);
                }, () -> status.setText("Not saved: " + session.messageProperty().get()));
        refreshCount();
    }

    private void refreshCount() {
        int n = session.store().preferences().size();
        pairs.setText(n + (n == 1 ? " pair" : " pairs") + " in this project");
    }

    private static BufferedImage thumbnail(BufferedImage img) {
        double scale = Math.min(1, Math.min(LabCard.THUMB / img.getWidth(), LabCard.THUMB * 0.75 / img.getHeight()));
        if (scale >= 1) {
            return img;
        }
        int w = Math.max(1, (int) Math.round(img.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(img.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
