package dev.promptcanvas.ui.panels;

import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.inference.encode.RegionFormat;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.RenderResult;
import dev.promptcanvas.inference.render.VisualPromptRenderer;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The prompt inspector: for the selected annotation, every region encoding (with a copy button) and a strip of
 * visual-prompt renders in every style (click one to enlarge and save); "Compare" renders the ticked styles side by
 * side and saves the grid. Rendering runs off the FX thread; a newer selection supersedes an older render.
 */
public final class PromptInspectorPanel extends VBox {

    private static final double THUMB = 118;
    private final WorkbenchSession session;
    private final VBox encodings = new VBox(6);
    private final FlowPane renders = new FlowPane(6, 6);
    private final Label title = new Label("Select an annotation to see its prompts.");
    private final List<CheckBox> compareChoices = new ArrayList<>();
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "prompt-inspector");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private BufferedImage source;
    private boolean stale;
    private final javafx.beans.property.BooleanProperty showing = new javafx.beans.property.SimpleBooleanProperty(true);
    private ImageRecord sourceRecord;

    public PromptInspectorPanel(WorkbenchSession session) {
        this.session = session;
        setId("prompt-inspector");
        setSpacing(8);
        setPadding(new Insets(6));
        title.setWrapText(true);
        Button compare = new Button("Compare ticked styles…");
        compare.setOnAction(e -> compare());
        FlowPane choices = new FlowPane(6, 4);
        for (String id : List.of("vip-rectangle", "vip-ellipse", "vip-mask-contour", "vip-arrow", "fgvp-blur-reverse",
                "fgvp-color-mask", "fgvp-contour", "som")) {
            VisualPromptStyle.byId(id).ifPresent(s -> {
                CheckBox box = new CheckBox(s.id());
                box.setUserData(s);
                box.setSelected(true);
                compareChoices.add(box);
                choices.getChildren().add(box);
            });
        }
        TitledPane encodingPane = new TitledPane("Region encodings", encodings);
        TitledPane renderPane = new TitledPane("Visual prompts (click to enlarge)", renders);
        TitledPane comparePane = new TitledPane("Compare", new VBox(6, choices, compare));
        comparePane.setExpanded(false);
        VBox content = new VBox(8, title, renderPane, encodingPane, comparePane);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        getChildren().add(scroll);
        session.selectedProperty().addListener((obs, o, a) -> refreshWhenShown());
        showing.addListener((obs, o, shown) -> {
            if (shown && stale) {
                refresh();
            }
        });
        session.currentImageProperty().addListener((obs, o, img) -> {
            source = null;
            sourceRecord = null;
        });
    }

    /** Renders now when the panel is on screen; otherwise when it is next shown (edits don't pay for it). */
    private void refreshWhenShown() {
        if (showing.get()) {
            refresh();
        } else {
            stale = true;
        }
    }

    /** Whether the panel is on screen (the workbench binds it to its tab); hidden, it defers its renders. */
    public javafx.beans.property.BooleanProperty showingProperty() {
        return showing;
    }

    /** Re-renders for the current selection. */
    public void refresh() {
        stale = false;
        Annotation selected = session.selectedProperty().get();
        ImageRecord img = session.currentImageProperty().get();
        long gen = generation.incrementAndGet();
        encodings.getChildren().clear();
        renders.getChildren().clear();
        if (selected == null || img == null) {
            title.setText("Select an annotation to see its prompts.");
            return;
        }
        List<Annotation> all = List.copyOf(session.currentAnnotations());
        String label = session.category(selected.categoryId()).map(c -> c.name()).orElse("?");
        title.setText(label + " · " + selected.geometry().kind() + " — region 0; the image's other "
                + (all.size() - 1) + " annotation(s) are candidates 1…");
        Map<RegionFormat, String> texts = PromptEncodings.encode(img, selected, all,
                id -> session.category(id).map(c -> c.name()).orElse("object"));
        texts.forEach((format, text) -> encodings.getChildren().add(encodingRow(format, text)));
        renderer.submit(() -> renderAll(gen, img, selected, all));
    }

    private VBox encodingRow(RegionFormat format, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(6, 1 + text.length() / 60));
        area.setId("encoding-" + format.id());
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
            session.messageProperty().set("Copied the " + format.id() + " encoding");
        });
        return new VBox(2, new HBox(8, new Label(format.id()), copy), area);
    }

    private void renderAll(long gen, ImageRecord img, Annotation selected, List<Annotation> all) {
        BufferedImage image = load(img);
        if (image == null) {
            return;
        }
        List<Geometry> region = List.of(asRegion(selected.geometry()));
        List<Geometry> everyRegion = PromptEncodings.ordered(selected, all).stream()
                .map(a -> asRegion(a.geometry())).toList();
        for (VisualPromptStyle style : VisualPromptStyle.values()) {
            if (generation.get() != gen) {
                return;
            }
            RenderResult result;
            try {
                result = VisualPromptRenderer.render(style, image, style == VisualPromptStyle.SOM ? everyRegion
                        : region, RenderOptions.defaults().withSeed(selected.id()));
            } catch (RuntimeException e) {
                continue;
            }
            RenderResult done = result;
            Platform.runLater(() -> {
                if (generation.get() == gen) {
                    renders.getChildren().add(thumbnail(done));
                }
            });
        }
    }

    /** Points, lines and arrows become a small box so every style can draw them. */
    private static Geometry asRegion(Geometry g) {
        if (g instanceof Point || g instanceof Polyline || g instanceof Arrow) {
            var b = g.bounds();
            return new dev.promptcanvas.annotations.geometry.Box(b.x1() - 4, b.y1() - 4, b.x2() + 4, b.y2() + 4);
        }
        return g;
    }

    private BufferedImage load(ImageRecord img) {
        if (source != null && img.equals(sourceRecord)) {
            return source;
        }
        Path file = Path.of(img.path()).isAbsolute() ? Path.of(img.path())
                : session.store().directory().resolve(img.path());
        try {
            BufferedImage read = ImageIO.read(file.toFile());
            if (read == null) {
                return null;
            }
            source = read;
            sourceRecord = img;
            return read;
        } catch (IOException e) {
            Platform.runLater(() -> session.messageProperty().set("Prompt inspector: cannot read " + file));
            return null;
        }
    }

    private VBox thumbnail(RenderResult r) {
        ImageView view = new ImageView(SwingFXUtils.toFXImage(r.image(), null));
        view.setFitWidth(THUMB);
        view.setFitHeight(THUMB);
        view.setPreserveRatio(true);
        Label caption = new Label(r.style().id());
        caption.setMaxWidth(THUMB);
        VBox box = new VBox(2, view, caption);
        box.setUserData(r);
        box.getStyleClass().add("render-thumb");
        box.setOnMouseClicked(e -> enlarge(r));
        javafx.scene.control.Tooltip.install(box, new javafx.scene.control.Tooltip(r.style().description()
                + (r.phrase().isBlank() ? "" : "\n\"" + r.phrase() + "\"")));
        return box;
    }

    private void enlarge(RenderResult r) {
        ImageView view = new ImageView(SwingFXUtils.toFXImage(r.image(), null));
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(1000, r.image().getWidth()));
        Button save = new Button("Save PNG…");
        save.setOnAction(e -> savePng(r.image(), r.style().id() + ".png"));
        VBox box = new VBox(8, new Label(r.style().id() + (r.phrase().isBlank() ? "" : " — \"" + r.phrase() + "\"")),
                view, save);
        box.setPadding(new Insets(10));
        Stage stage = new Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle("Visual prompt: " + r.style().id());
        stage.setScene(new Scene(box));
        stage.show();
    }

    private void compare() {
        List<RenderResult> chosen = new ArrayList<>();
        for (var node : renders.getChildren()) {
            if (node.getUserData() instanceof RenderResult r) {
                boolean ticked = compareChoices.stream().anyMatch(c -> c.isSelected() && c.getUserData() == r.style());
                if (ticked) {
                    chosen.add(r);
                }
            }
        }
        if (chosen.isEmpty()) {
            session.messageProperty().set("Compare: no ticked style has been rendered yet");
            return;
        }
        BufferedImage grid = CompareGrid.of(chosen);
        RenderResult shown = new RenderResult(chosen.get(0).style(), grid, List.of(), null, null);
        ImageView view = new ImageView(SwingFXUtils.toFXImage(grid, null));
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(1200, grid.getWidth()));
        Button save = new Button("Save grid PNG…");
        save.setOnAction(e -> savePng(shown.image(), "compare.png"));
        VBox box = new VBox(8, view, save);
        box.setPadding(new Insets(10));
        Stage stage = new Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle("Compare visual prompts");
        stage.setScene(new Scene(box));
        stage.show();
    }

    private void savePng(BufferedImage image, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            ImageIO.write(image, "png", file);
            session.messageProperty().set("Saved " + file);
        } catch (IOException e) {
            session.messageProperty().set("Cannot save " + file + ": " + e.getMessage());
        }
    }
}
