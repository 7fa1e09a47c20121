package dev.promptcanvas.ui;

import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.ui.actions.ActionId;
import dev.promptcanvas.ui.actions.Keymap;
import dev.promptcanvas.ui.actions.ShortcutDispatcher;
import dev.promptcanvas.ui.panels.AnnotationsPanel;
import dev.promptcanvas.ui.panels.ImageBrowser;
import dev.promptcanvas.ui.panels.LabelPicker;
import dev.promptcanvas.ui.panels.LabelsPanel;
import dev.promptcanvas.ui.segment.ModelPanel;
import dev.promptcanvas.ui.segment.SegmentationController;
import dev.promptcanvas.ui.panels.PromptInspectorPanel;
import dev.promptcanvas.ui.panels.text.GroundingPanel;
import dev.promptcanvas.ui.session.PromptSession;
import dev.promptcanvas.ui.session.WorkbenchSession;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import dev.promptcanvas.ui.settings.AppDirs;
import dev.promptcanvas.ui.tools.Tool;
import dev.promptcanvas.ui.tools.ToolId;
import dev.promptcanvas.ui.tools.ToolKey;
import dev.promptcanvas.ui.tools.Tools;
import dev.promptcanvas.ui.viewer.ImageViewer;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The workbench: image browser, viewer and tools, label/annotation/text panels, status bar; one project. */
public final class WorkbenchWindow {

    private final WorkbenchSession session;
    private final PromptSession prompts = new PromptSession();
    private final BorderPane root = new BorderPane();
    private final ImageViewer viewer = new ImageViewer();
    private final ImageBrowser browser;
    private final LabelsPanel labels;
    private final Map<ToolId, Tool> tools;
    private final ObjectProperty<ToolId> activeTool = new SimpleObjectProperty<>(ToolId.SELECT);
    private final Keymap keymap = Keymap.load(AppDirs.config().resolve("keymap.properties"));
    private final ShortcutDispatcher shortcuts = new ShortcutDispatcher();
    private final WorkbenchActions actions;
    private final ImageLoader loader;
    private final SegmentationController segmentation;
    private TabPane tabs;
    private final BackgroundTasks tasks = BackgroundTasks.withDefaultThreads();
    private final dev.promptcanvas.ui.assistant.AssistantPanel assistant;

    public WorkbenchWindow(ProjectStore store, WorkbenchActions.Host host) {
        this.session = new WorkbenchSession(store);
        this.browser = new ImageBrowser(session);
        this.labels = new LabelsPanel(session);
        this.tools = Tools.create(session);
        this.loader = new ImageLoader(viewer, session);
        session.connect(viewer::requestRepaint, viewer::pixelsPerScreenPixel, prompts::add);
        prompts.addListener(p -> viewer.requestRepaint());
        this.segmentation = new SegmentationController(session, prompts);
        segmentation.previewProperty().addListener((obs, o, p) -> viewer.requestRepaint());
        viewer.setExtraPreviews(this::previews);
        this.assistant = new dev.promptcanvas.ui.assistant.AssistantPanel(session, tasks,
                dev.promptcanvas.inference.vlm.EndpointStore.user(), () -> dev.promptcanvas.inference.segment.Segmenters
                        .openDefault(new dev.promptcanvas.inference.models.ModelRegistry(
                                dev.promptcanvas.inference.models.ModelDirs.userModels()),
                                dev.promptcanvas.inference.segment.Sam2Options.defaults()));
        assistant.onSuggestionsChanged(viewer::requestRepaint);
        this.actions = new WorkbenchActions(this, host);
        activeTool.addListener((obs, old, id) -> {
            if (!id.isPrompt()) {
                prompts.clear();
            }
            viewer.setTool(tools.get(id), this::labelColor);
            session.messageProperty().set(id.label());
        });
        viewer.setTool(tools.get(ToolId.SELECT), this::labelColor);
        session.selectedProperty().addListener((obs, o, a) -> viewer.setSelected(a));
        session.highlighted().addListener((javafx.collections.MapChangeListener<Long, String>) c ->
                viewer.setHighlighted(session.highlighted()));
        session.currentAnnotations().addListener((javafx.collections.ListChangeListener<
                dev.promptcanvas.annotations.model.Annotation>) c -> refreshViewerAnnotations());
        session.hidden().addListener((javafx.collections.SetChangeListener<Long>) c -> refreshViewerAnnotations());
        session.categories().addListener((javafx.collections.ListChangeListener<Category>) c ->
                refreshViewerAnnotations());
        session.currentImageProperty().addListener((obs, old, img) -> {
            tools.values().forEach(Tool::cancel);
            prompts.clear();
            loader.load(img);
        });

        Region banner = store.isReadOnly() ? banner(store) : new Region();
        root.setTop(new VBox(actions.menuBar(), actions.toolBar(), banner));
        TabPane tabs = new TabPane(new Tab("Annotations", new AnnotationsPanel(session)), new Tab("Labels", labels),
                textTab(), inspectorTab(),
                new Tab("Model", new ModelPanel(session, segmentation)), new Tab("Assistant", assistant));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        this.tabs = tabs;
        SplitPane split = new SplitPane(browser, viewer, tabs);
        split.setDividerPositions(0.22, 0.72);
        root.setCenter(split);
        tasks.lastFailureProperty().addListener((obs, o, failure) -> session.messageProperty().set(failure));
        root.setBottom(new StatusBar(session, viewer, activeTool, tasks.node()).node());
    }

    public Parent root() {
        return root;
    }

    /** Key bindings, drag and drop, first image; call once the scene exists. */
    public void attach(Scene scene) {
        actions.bindShortcuts(shortcuts, keymap);
        shortcuts.install(scene);
        browser.selectFirst();
        viewer.requestFocus();
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    WorkbenchSession session() {
        return session;
    }

    ImageViewer viewer() {
        return viewer;
    }

    ImageBrowser browser() {
        return browser;
    }

    private Tab textTab() {
        GroundingPanel text = new GroundingPanel(session);
        Tab tab = new Tab("Text", text);
        text.showingProperty().bind(tab.selectedProperty());
        return tab;
    }

    private Tab inspectorTab() {
        PromptInspectorPanel inspector = new PromptInspectorPanel(session);
        Tab tab = new Tab("Prompt inspector", inspector);
        inspector.showingProperty().bind(tab.selectedProperty());
        return tab;
    }

    /** Brings the right-hand panel with this title to the front. */
    void selectTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    Tool currentTool() {
        return tools.get(activeTool.get());
    }

    ObjectProperty<ToolId> activeToolProperty() {
        return activeTool;
    }

    Keymap keymap() {
        return keymap;
    }

    ShortcutDispatcher shortcuts() {
        return shortcuts;
    }

    void showLabelPicker() {
        new LabelPicker(session, labels).show(root.getScene().getWindow());
    }

    /** Enter: the tool finishes its shape, else the shown mask candidate becomes an annotation. */
    void accept() {
        if (!tools.get(activeTool.get()).key(ToolKey.ENTER) && !segmentation.accept() && !prompts.isEmpty()) {
            session.messageProperty().set("Still segmenting… press Enter again when the mask shows");
        }
    }

    void nextCandidate() {
        segmentation.nextCandidate();
    }

    SegmentationController segmentation() {
        return segmentation;
    }

    /** The mask preview under the prompt gestures. */
    private java.util.List<dev.promptcanvas.ui.tools.PreviewShape> previews() {
        java.util.List<dev.promptcanvas.ui.tools.PreviewShape> out = new java.util.ArrayList<>();
        SegmentationController.Preview p = segmentation.previewProperty().get();
        if (p != null && !prompts.isEmpty()) {
            out.add(new dev.promptcanvas.ui.tools.PreviewShape(
                    new dev.promptcanvas.annotations.geometry.Mask(p.candidate().mask()),
                    dev.promptcanvas.ui.tools.PreviewShape.Style.SHAPE));
        }
        out.addAll(prompts.previews());
        out.addAll(assistant.previews());
        return out;
    }

    /** Runs long work off the FX thread, shown in the status bar with progress and a cancel button. */
    void runTask(javafx.concurrent.Task<?> task) {
        task.setOnSucceeded(e -> session.messageProperty().set(task.getTitle() + ": done"));
        tasks.submit(task);
    }

    void preEncodeAll() {
        runTask(segmentation.preEncodeAllTask());
    }

    dev.promptcanvas.ui.assistant.AssistantPanel assistant() {
        return assistant;
    }

    /** Closes background work (segmenter, renderers) when the window goes away. */
    public void dispose() {
        assistant.dispose();
        tasks.close();
        segmentation.close();
        browser.dispose();
    }

    /** Esc: the tool drops its shape, else the prompts are discarded, else the selection is cleared. */
    void cancel() {
        if (tools.get(activeTool.get()).key(ToolKey.ESCAPE)) {
            return;
        }
        if (!prompts.isEmpty()) {
            segmentation.discard();
            session.messageProperty().set("Prompts discarded");
        } else {
            session.select(null);
        }
    }

    void delete() {
        if (!tools.get(activeTool.get()).key(ToolKey.DELETE)) {
            session.deleteSelected();
        }
    }

    void backspace() {
        if (!tools.get(activeTool.get()).key(ToolKey.BACKSPACE) && !prompts.undoLast()) {
            delete();
        }
    }

    void toolKey(ToolKey key) {
        tools.get(activeTool.get()).key(key);
    }

    void useLabel(int n) {
        if (n - 1 < session.categories().size()) {
            session.useCategory(session.categories().get(n - 1));
        }
    }

    private Color labelColor() {
        Category c = session.currentCategoryProperty().get();
        return c == null ? Color.ORANGE : Color.web(c.color());
    }

    private void refreshViewerAnnotations() {
        viewer.setAnnotations(session.currentAnnotations(), session.hidden(), id -> session.category(id)
                .map(c -> Color.web(c.color())).orElse(Color.ORANGE));
    }


    private static Region banner(ProjectStore store) {
        Label label = new Label("Read-only: " + store.readOnlyReason().orElse("this project cannot be changed here")
                + ". You can look, but edits will not be saved.");
        label.getStyleClass().add("banner");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setId("read-only-banner");
        return label;
    }
}
