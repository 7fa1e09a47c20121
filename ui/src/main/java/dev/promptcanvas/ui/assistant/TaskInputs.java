package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.vlm.task.CoordinateFrame;
import dev.promptcanvas.inference.vlm.task.GroundedCaptionTask;
import dev.promptcanvas.inference.vlm.task.GroundingTask;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The task choice and the inputs each task needs: the visual-prompt style (region caption), the query, the
 * candidate label and how candidates are shown (find by expression), the model's coordinate frame, the grounded
 * caption dialect, and the answer's token limit. Only the current task's inputs are shown.
 */
final class TaskInputs extends VBox {

    static final String ALL_LABELS = "All labels";
    static final String SET_OF_MARK = "Set-of-Mark numbers on the image";
    static final String INDEX_LIST = "Index list in the text";
    static final List<String> FRAMES = List.of("qwen", "pixels", "norm1000", "segzero");

    private final WorkbenchSession session;
    final ComboBox<AssistantTask> task = new ComboBox<>();
    final ComboBox<String> style = new ComboBox<>();
    final TextField query = new TextField();
    final ComboBox<String> candidateLabel = new ComboBox<>();
    final ComboBox<String> display = new ComboBox<>();
    final ComboBox<String> frame = new ComboBox<>();
    final ComboBox<String> dialect = new ComboBox<>();
    final Spinner<Integer> maxTokens = new Spinner<>(16, 32768, 1024, 128);
    private final Label help = new Label();
    private final Label region = new Label();
    private final GridPane grid = new GridPane();

    TaskInputs(WorkbenchSession session) {
        this.session = session;
        setSpacing(6);
        task.setId("assistant-task");
        task.getItems().setAll(AssistantTask.values());
        task.setValue(AssistantTask.REGION_CAPTION);
        task.setMaxWidth(Double.MAX_VALUE);
        style.setId("assistant-style");
        style.getItems().setAll(VisualPromptStyle.ids());
        style.setValue(VisualPromptStyle.VIP_CONSTANT_RECTANGLE.id());
        style.setVisibleRowCount(14);
        query.setId("assistant-query");
        query.setPromptText("the man in red");
        candidateLabel.setId("assistant-candidates");
        display.setId("assistant-display");
        display.getItems().setAll(SET_OF_MARK, INDEX_LIST);
        display.setValue(SET_OF_MARK);
        frame.setId("assistant-frame");
        frame.getItems().setAll(FRAMES);
        frame.setValue("qwen");
        dialect.setId("assistant-dialect");
        dialect.getItems().setAll("qwen", "kosmos2");
        dialect.setValue("qwen");
        maxTokens.setEditable(true);
        help.setWrapText(true);
        region.setId("assistant-region");
        region.setWrapText(true);
        grid.setHgap(6);
        grid.setVgap(4);
        getChildren().addAll(task, help, grid);
        task.valueProperty().addListener((obs, o, n) -> layoutInputs());
        display.valueProperty().addListener((obs, o, n) -> layoutInputs());
        session.categories().addListener((ListChangeListener<Category>) c -> refreshLabels());
        session.selectedProperty().addListener((obs, o, a) -> showRegion(a));
        refreshLabels();
        showRegion(session.selectedProperty().get());
        layoutInputs();
    }

    AssistantTask selectedTask() {
        return task.getValue();
    }

    private void refreshLabels() {
        String keep = candidateLabel.getValue();
        candidateLabel.getItems().setAll(ALL_LABELS);
        session.categories().forEach(c -> candidateLabel.getItems().add(c.name()));
        candidateLabel.setValue(keep != null && candidateLabel.getItems().contains(keep) ? keep : ALL_LABELS);
    }

    private void showRegion(Annotation a) {
        region.setText(a == null ? "No region selected: click an annotation with the select tool (V)."
                : "Region #" + a.id() + " (" + session.category(a.categoryId()).map(Category::name).orElse("?")
                + ", " + a.geometry().kind() + ")");
    }

    private void layoutInputs() {
        AssistantTask t = task.getValue();
        help.setText(t.help());
        grid.getChildren().clear();
        int row = 0;
        switch (t) {
            case REGION_CAPTION -> {
                row = add(row, "Region", region);
                row = add(row, "Visual prompt", style);
            }
            case FIND_BY_EXPRESSION -> {
                query.setPromptText("the man in red");
                row = add(row, "Find", query);
                row = add(row, "Candidates", candidateLabel);
                row = add(row, "Shown as", display);
                if (INDEX_LIST.equals(display.getValue())) {
                    row = add(row, "Coordinates", frame);
                }
            }
            case REASONING_SEGMENTATION -> {
                query.setPromptText("something to drink from");
                row = add(row, "Query", query);
                row = add(row, "Coordinates", frame);
            }
            case GROUNDED_CAPTION -> row = add(row, "Answer markup", dialect);
        }
        add(row, "Max tokens", maxTokens);
    }

    private int add(int row, String label, Node node) {
        GridPane.setHgrow(node, Priority.ALWAYS);
        if (node instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(row, new Label(label), node);
        return row + 1;
    }

    /** The candidates of the current image: its visible annotations of the chosen label (or all). */
    List<Annotation> candidates() {
        String name = candidateLabel.getValue();
        return session.annotations().stream().filter(a -> name == null || ALL_LABELS.equals(name)
                || session.category(a.categoryId()).map(c -> c.name().equals(name)).orElse(false)).toList();
    }

    /** The request for the current task and inputs, or null when no image is shown. */
    AssistantRequest request() {
        var img = session.currentImageProperty().get();
        if (img == null) {
            return null;
        }
        AssistantTask t = task.getValue();
        return new AssistantRequest(t, session.store().directory(), img, session.selectedProperty().get(),
                VisualPromptStyle.byId(style.getValue()).orElse(null),
                t == AssistantTask.FIND_BY_EXPRESSION ? candidates() : List.of(),
                INDEX_LIST.equals(display.getValue()) ? GroundingTask.Display.INDEX_LIST
                        : GroundingTask.Display.SET_OF_MARK, query.getText(),
                CoordinateFrame.byId(frame.getValue()).orElse(CoordinateFrame.QWEN),
                "kosmos2".equals(dialect.getValue()) ? GroundedCaptionTask.Dialect.KOSMOS2
                        : GroundedCaptionTask.Dialect.QWEN, maxTokens.getValue());
    }
}
