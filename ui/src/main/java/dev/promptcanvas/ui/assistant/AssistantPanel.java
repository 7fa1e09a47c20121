package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.segment.Segmenter;
import dev.promptcanvas.inference.vlm.EndpointStore;
import dev.promptcanvas.inference.vlm.VlmClient;
import dev.promptcanvas.inference.vlm.VlmEndpoint;
import dev.promptcanvas.inference.vlm.task.PromptTemplates;
import dev.promptcanvas.ui.session.WorkbenchSession;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import dev.promptcanvas.ui.tools.PreviewShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Assistant tab: pick an endpoint and a task, run it in the background (one run at a time, cancellable, with
 * a spinner and the elapsed time), read the raw answer, diagnostics and timings, and accept or reject each
 * suggestion. Nothing a model proposes is stored until accepted; each accept is one undo step. A failed call
 * shows the client's message (it names the URL and what went wrong) and creates nothing.
 */
public final class AssistantPanel extends ScrollPane {

    private final WorkbenchSession session;
    private final BackgroundTasks tasks;
    private final Supplier<Segmenter> segmenterFactory;
    private final AssistantRunner runner = new AssistantRunner(PromptTemplates.defaults());
    private final EndpointBar endpoints;
    private final TaskInputs inputs;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label elapsed = new Label();
    private final Label error = new Label();
    private final Label diagnostics = new Label();
    private final Label timings = new Label();
    private final TextArea raw = new TextArea();
    private final Timeline clock;
    private Task<AssistantOutcome> running;
    private long startedNanos;
    private Segmenter segmenter;
    private PromptLabDialog lab;

    /**
     * @param endpoints the saved endpoints ({@code EndpointStore.user()} in the application)
     * @param segmenter opens the segmenter for reasoning segmentation, on first use (off the FX thread)
     */
    public AssistantPanel(WorkbenchSession session, BackgroundTasks tasks, EndpointStore endpoints,
                          Supplier<Segmenter> segmenter) {
        this.session = session;
        this.tasks = tasks;
        this.segmenterFactory = segmenter;
        this.endpoints = new EndpointBar(endpoints, tasks);
        this.inputs = new TaskInputs(session);
        setId("assistant-panel");
        setFitToWidth(true);
        run.setId("assistant-run");
        run.setDefaultButton(false);
        run.setOnAction(e -> run());
        cancel.setId("assistant-cancel");
        cancel.setOnAction(e -> cancelRun());
        cancel.setDisable(true);
        spinner.setVisible(false);
        spinner.setPrefSize(18, 18);
        elapsed.setId("assistant-elapsed");
        error.setId("assistant-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #c0392b;");
        diagnostics.setId("assistant-diagnostics");
        diagnostics.setWrapText(true);
        timings.setId("assistant-timings");
        for (Label l : List.of(error, diagnostics, timings)) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
        raw.setId("assistant-raw");
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.setPrefRowCount(8);
        TitledPane rawPane = new TitledPane("Prompt and raw answer", raw);
        rawPane.setId("assistant-raw-pane");
        rawPane.setExpanded(false);
        Button lab = new Button("Prompt lab…");
        lab.setId("assistant-prompt-lab");
        lab.setOnAction(e -> openPromptLab());
        SuggestionList list = new SuggestionList(suggestions, this::accept, this::reject, this::acceptAll);
        VBox box = new VBox(8, this.endpoints, new Separator(), inputs, new HBox(6, run, cancel, spinner, elapsed, lab),
                error, diagnostics, timings, rawPane, new Separator(), list);
        box.setPadding(new Insets(6));
        setContent(box);
        clock = new Timeline(new KeyFrame(Duration.millis(100), e -> elapsed.setText(String.format(Locale.ROOT,
                "%.1f s", (System.nanoTime() - startedNanos) / 1e9))));
        clock.setCycleCount(Timeline.INDEFINITE);
    }

    /** The pending suggestions (FX thread). */
    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** Calls {@code action} whenever the pending suggestions change (e.g. to repaint the canvas). */
    public void onSuggestionsChanged(Runnable action) {
        suggestions.addListener((ListChangeListener<Suggestion>) c -> action.run());
    }

    /** The pending suggestions of the shown image, as dashed shapes for the canvas (points as positive prompts). */
    public List<PreviewShape> previews() {
        ImageRecord img = session.currentImageProperty().get();
        List<PreviewShape> out = new ArrayList<>();
        if (img == null) {
            return out;
        }
        for (Suggestion s : suggestions) {
            if (s.imageId() == img.id()) {
                s.shapes().forEach(g -> out.add(new PreviewShape(g, g instanceof Point
                        ? PreviewShape.Style.POSITIVE : PreviewShape.Style.PROMPT)));
            }
        }
        return out;
    }

    /** Saves an endpoint to the endpoints file and selects it. */
    public void useEndpoint(VlmEndpoint endpoint) {
        endpoints.save(endpoint);
    }

    /** Whether a run is in progress. */
    public boolean isRunning() {
        return running != null;
    }

    /** Starts the chosen task (ignored while one runs); problems with the inputs are shown, nothing is sent. */
    public void run() {
        if (running != null) {
            return;
        }
        VlmEndpoint ep = endpoints.selected().orElse(null);
        if (ep == null) {
            showError("Add a model endpoint first (Add…), e.g. http://localhost:8000/v1 and the model name");
            return;
        }
        AssistantRequest request = inputs.request();
        if (request == null) {
            showError("No image is shown");
            return;
        }
        if (request.problem() != null) {
            showError(request.problem());
            return;
        }
        showError("");
        diagnostics.setText("");
        timings.setText("");
        startedNanos = System.nanoTime();
        elapsed.setText("0.0 s");
        spinner.setVisible(true);
        run.setDisable(true);
        cancel.setDisable(false);
        clock.play();
        Task<AssistantOutcome> task = tasks.submit(request.task().label() + " (" + ep.name() + ")",
                p -> runner.run(request, VlmClient.open(ep), this::segmenter), this::show, this::failed);
        running = task;
        task.stateProperty().addListener((obs, o, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED
                    || state == Worker.State.CANCELLED) {
                finished();
                if (state == Worker.State.CANCELLED) {
                    showError("Cancelled; nothing was created");
                }
            }
        });
    }

    /** Cancels the run in progress (the HTTP call is aborted). */
    public void cancelRun() {
        if (running != null) {
            running.cancel();
        }
    }

    private void finished() {
        running = null;
        clock.stop();
        spinner.setVisible(false);
        run.setDisable(false);
        cancel.setDisable(true);
        elapsed.setText(String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9));
    }

    private void show(AssistantOutcome outcome) {
        raw.setText("Prompt:\n" + outcome.promptText() + "\n\nAnswer:\n" + outcome.rawAnswer()
                + (outcome.thinking().isEmpty() ? "" : "\n\nReasoning:\n" + outcome.thinking()));
        diagnostics.setText(outcome.diagnostics().stream().map(d -> d.level().name().toLowerCase(Locale.ROOT) + " "
                + d.code() + ": " + d.message()).collect(Collectors.joining("\n")));
        timings.setText(outcome.timingText());
        session.latencyProperty().set("VLM: " + outcome.timings().requestMs() + " ms");
        if (outcome.suggestions().isEmpty()) {
            String why = outcome.diagnostics().stream().filter(d -> d.level() == Diagnostic.Level.ERROR)
                    .map(Diagnostic::message).findFirst().orElse("the answer held nothing to suggest");
            showError("No suggestion: " + why);
        } else {
            suggestions.addAll(outcome.suggestions());
            session.messageProperty().set(outcome.task().label() + ": " + outcome.suggestions().size()
                    + (outcome.suggestions().size() == 1 ? " suggestion" : " suggestions") + " to review");
        }
    }

    private void failed(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        showError(message);
        session.messageProperty().set("Assistant: " + message);
    }

    private void showError(String text) {
        error.setText(text);
    }

    /** Stores the suggestion as one undo step and drops it from the list; a store refusal is shown. */
    public boolean accept(Suggestion s) {
        Category label = session.currentCategoryProperty().get();
        if (SuggestionCommands.needsLabel(s) && label == null) {
            showError("Pick a label for the new regions first (Q)");
            return false;
        }
        String before = session.messageProperty().get();
        session.messageProperty().set("");
        boolean stored = session.apply(SuggestionCommands.accept(s, label == null ? 0 : label.id())).isPresent();
        if (stored) {
            suggestions.remove(s);
            showError("");
            session.messageProperty().set("Accepted: " + s.title() + " (Ctrl+Z undoes it)");
        } else {
            String why = session.messageProperty().get();
            showError("Not stored: " + (why == null || why.isEmpty() ? before : why));
        }
        return stored;
    }

    /** Drops the suggestion; nothing is stored. */
    public void reject(Suggestion s) {
        suggestions.remove(s);
        session.messageProperty().set("Rejected: " + s.title());
    }

    private void acceptAll() {
        for (Suggestion s : List.copyOf(suggestions)) {
            if (!accept(s)) {
                return;
            }
        }
    }

    /** Opens the prompt lab for the selected region with the chosen endpoint. */
    public void openPromptLab() {
        VlmEndpoint ep = endpoints.selected().orElse(null);
        if (ep == null) {
            showError("Add a model endpoint first (Add…)");
            return;
        }
        PromptLabDialog dialog = new PromptLabDialog(session, tasks, ep);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.show();
        lab = dialog;
    }

    /** The prompt lab opened last, or null. */
    PromptLabDialog lastPromptLab() {
        return lab;
    }

    TaskInputs inputs() {
        return inputs;
    }

    private synchronized Segmenter segmenter() {
        if (segmenter == null) {
            segmenter = segmenterFactory.get();
        }
        return segmenter;
    }

    /** Cancels a run and closes the segmenter opened for reasoning segmentation. */
    public synchronized void dispose() {
        cancelRun();
        clock.stop();
        if (segmenter != null) {
            try {
                segmenter.close();
            } catch (Exception e) {
                session.messageProperty().set("Closing the segmenter: " + e.getMessage());
            }
            segmenter = null;
        }
    }
}
