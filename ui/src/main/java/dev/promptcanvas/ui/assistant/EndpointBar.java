package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.inference.vlm.ChatAnswer;
import dev.promptcanvas.inference.vlm.ChatMessage;
import dev.promptcanvas.inference.vlm.ChatRequest;
import dev.promptcanvas.inference.vlm.EndpointStore;
import dev.promptcanvas.inference.vlm.VlmClient;
import dev.promptcanvas.inference.vlm.VlmEndpoint;
import dev.promptcanvas.ui.tasks.BackgroundTasks;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The endpoint picker: the saved endpoints (from the endpoints file), add / edit / remove, and "Test connection",
 * which sends one tiny text-only chat request and says what happened (or the client's message naming the URL).
 */
final class EndpointBar extends VBox {

    private static final String TEST_QUESTION = "Reply with the single word OK.";
    private final EndpointStore store;
    private final BackgroundTasks tasks;
    private final ComboBox<VlmEndpoint> combo = new ComboBox<>();
    private final Label status = new Label();

    EndpointBar(EndpointStore store, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
        setSpacing(4);
        combo.setId("assistant-endpoint");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setPromptText("No endpoint yet: press Add…");
        combo.setCellFactory(l -> new EndpointCell());
        combo.setButtonCell(new EndpointCell());
        Button add = new Button("Add…");
        add.setId("assistant-endpoint-add");
        add.setOnAction(e -> edit(null));
        Button edit = new Button("Edit…");
        edit.disableProperty().bind(combo.valueProperty().isNull());
        edit.setOnAction(e -> edit(combo.getValue()));
        Button remove = new Button("Remove");
        remove.disableProperty().bind(combo.valueProperty().isNull());
        remove.setOnAction(e -> remove());
        Button test = new Button("Test connection");
        test.setId("assistant-test-connection");
        test.disableProperty().bind(combo.valueProperty().isNull());
        test.setOnAction(e -> test());
        status.setId("assistant-endpoint-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        Label title = new Label("Model endpoint");
        title.setStyle("-fx-font-weight: bold;");
        getChildren().addAll(title, combo, new HBox(4, add, edit, remove, test), status);
        combo.valueProperty().addListener((obs, o, n) -> status.setText(""));
        reload(null);
    }

    Optional<VlmEndpoint> selected() {
        return Optional.ofNullable(combo.getValue());
    }

    Label statusLabel() {
        return status;
    }

    /** Re-reads the endpoints file and selects {@code name} (or the default endpoint). */
    void reload(String name) {
        try {
            List<VlmEndpoint> list = store.list();
            combo.getItems().setAll(list);
            Optional<VlmEndpoint> pick = name == null ? store.defaultEndpoint()
                    : list.stream().filter(e -> e.name().equals(name)).findFirst();
            combo.setValue(pick.orElse(null));
        } catch (RuntimeException e) {
            combo.getItems().clear();
            status.setText(e.getMessage());
        }
    }

    /** Saves an endpoint (used by the dialog, and by tests and scripts that set one up). */
    void save(VlmEndpoint endpoint) {
        try {
            store.save(endpoint);
            reload(endpoint.name());
        } catch (RuntimeException e) {
            status.setText("Not saved: " + e.getMessage());
        }
    }

    private void edit(VlmEndpoint existing) {
        EndpointDialog dialog = new EndpointDialog(existing);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(ep -> {
            if (existing != null && !existing.name().equals(ep.name())) {
                store.remove(existing.name());
            }
            save(ep);
        });
    }

    private void remove() {
        VlmEndpoint ep = combo.getValue();
        try {
            store.remove(ep.name());
            reload(null);
            status.setText("Removed " + ep.name());
        } catch (RuntimeException e) {
            status.setText(e.getMessage());
        }
    }

    private void test() {
        VlmEndpoint ep = combo.getValue();
        status.setText("Connecting to " + ep.chatCompletionsUri() + " …");
        tasks.submit("Test " + ep.name(), p -> {
            ChatAnswer a = VlmClient.open(ep).complete(ChatRequest.of(ChatMessage.user(TEST_QUESTION))
                    .withMaxTokens(16));
            return a;
        }, a -> status.setText("Connected: " + (a.model() == null ? ep.model() : a.model()) + " answered \u201c"
                + abbreviate(a.text()) + "\u201d in " + a.latencyMs() + " ms"),
                e -> status.setText("Connection failed: " + e.getMessage()));
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }

    /** "name — model @ URL". */
    private static final class EndpointCell extends ListCell<VlmEndpoint> {
        @Override
        protected void updateItem(VlmEndpoint ep, boolean empty) {
            super.updateItem(ep, empty);
            setText(empty || ep == null ? null : ep.name() + " \u2014 " + ep.model() + " @ " + ep.baseUrl());
            setTooltip(empty || ep == null ? null : new Tooltip("Key: " + (ep.apiKeyEnv() != null ? "environment"
                    + " variable " + ep.apiKeyEnv() : ep.credentialKey() != null ? "keyring entry "
                    + ep.credentialKey() : "none (local server)")));
        }
    }
}
