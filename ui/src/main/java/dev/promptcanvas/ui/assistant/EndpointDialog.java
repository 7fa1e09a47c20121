package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.inference.vlm.VlmEndpoint;
import java.net.URI;
import java.time.Duration;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Adds or edits a saved endpoint: name, base URL, model, where the API key comes from (an environment variable or
 * an OS keyring entry — never the key itself) and the request timeout. OK is enabled only for a valid endpoint;
 * the problem is shown under the fields.
 */
final class EndpointDialog extends Dialog<VlmEndpoint> {

    private final TextField name = field("endpoint-name", "local-vllm");
    private final TextField baseUrl = field("endpoint-url", "http://localhost:8000/v1");
    private final TextField model = field("endpoint-model", "Qwen/Qwen2.5-VL-7B-Instruct");
    private final TextField apiKeyEnv = field("endpoint-key-env", "e.g. VLLM_API_KEY (optional)");
    private final TextField credentialKey = field("endpoint-keyring", "keyring entry name (optional)");
    private final Spinner<Integer> timeout = new Spinner<>(1, 3600, 120);
    private final Spinner<Integer> retries = new Spinner<>(0, 10, VlmEndpoint.DEFAULT_RETRIES);
    private final Label problem = new Label();

    EndpointDialog(VlmEndpoint existing) {
        setTitle(existing == null ? "Add model endpoint" : "Edit model endpoint");
        setHeaderText("An OpenAI-compatible chat endpoint (vLLM, SGLang, Ollama, LM Studio, a hosted API).\n"
                + "The API key is never saved: name an environment variable or a keyring entry that holds it.");
        if (existing != null) {
            name.setText(existing.name());
            baseUrl.setText(existing.baseUrl().toString());
            model.setText(existing.model());
            apiKeyEnv.setText(existing.apiKeyEnv() == null ? "" : existing.apiKeyEnv());
            credentialKey.setText(existing.credentialKey() == null ? "" : existing.credentialKey());
            timeout.getValueFactory().setValue((int) Math.max(1, existing.requestTimeout().toSeconds()));
            retries.getValueFactory().setValue(existing.maxRetries());
        }
        timeout.setEditable(true);
        retries.setEditable(true);
        problem.setId("endpoint-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #c0392b;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        String[] labels = {"Name", "Base URL", "Model", "API key env var", "Keyring entry", "Timeout (s)", "Retries"};
        javafx.scene.Node[] nodes = {name, baseUrl, model, apiKeyEnv, credentialKey, timeout, retries};
        for (int i = 0; i < labels.length; i++) {
            grid.addRow(i, new Label(labels[i]), nodes[i]);
        }
        grid.add(problem, 0, labels.length, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        for (TextField f : new TextField[] {name, baseUrl, model, apiKeyEnv, credentialKey}) {
            f.textProperty().addListener((obs, o, n) -> validate());
        }
        validate();
        setResultConverter(b -> b == ButtonType.OK ? endpoint() : null);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(28);
        return f;
    }

    private void validate() {
        String why;
        try {
            endpoint();
            why = "";
        } catch (IllegalArgumentException e) {
            why = e.getMessage();
        }
        problem.setText(why);
        getDialogPane().lookupButton(ButtonType.OK).setDisable(!why.isEmpty());
    }

    /** The endpoint the fields describe; throws IllegalArgumentException naming the bad field. */
    VlmEndpoint endpoint() {
        if (name.getText().isBlank()) {
            throw new IllegalArgumentException("Name: required");
        }
        if (baseUrl.getText().isBlank()) {
            throw new IllegalArgumentException("Base URL: required, e.g. http://localhost:8000/v1");
        }
        URI uri;
        try {
            uri = URI.create(baseUrl.getText().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Base URL: '" + baseUrl.getText().trim() + "' is not a URL");
        }
        if (model.getText().isBlank()) {
            throw new IllegalArgumentException("Model: required (the name the server knows)");
        }
        return new VlmEndpoint(name.getText(), uri, model.getText(), apiKeyEnv.getText(), credentialKey.getText(),
                null, Duration.ofSeconds(timeout.getValue()), retries.getValue());
    }
}
