package dev.promptcanvas.inference.vlm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The saved endpoints, a small JSON file ({@code <config>/endpoints.json}):
 * <pre>
 * {"version": 1, "default": "local-vllm", "endpoints": [
 *   {"name": "local-vllm", "baseUrl": "http://localhost:8000/v1", "model": "Qwen/Qwen2.5-VL-7B-Instruct",
 *    "apiKeyEnv": "VLLM_API_KEY", "credentialKey": null, "connectTimeoutSeconds": 10,
 *    "requestTimeoutSeconds": 120, "maxRetries": 3}]}
 * </pre>
 * Keys are never stored here, only where to find them. Writes replace the file atomically. A malformed file is
 * reported with its path and the field ({@code endpoints[1].baseUrl}).
 */
public final class EndpointStore {

    /** The file name inside the settings folder. */
    public static final String FILE_NAME = "endpoints.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public EndpointStore(Path file) {
        this.file = file;
    }

    /** {@code <dir>/endpoints.json}. */
    public static EndpointStore inDirectory(Path dir) {
        return new EndpointStore(dir.resolve(FILE_NAME));
    }

    /** The user's endpoints file in {@link VlmConfigDir#config()}. */
    public static EndpointStore user() {
        return inDirectory(VlmConfigDir.config());
    }

    public Path file() {
        return file;
    }

    /** Every saved endpoint, in file order (empty when the file does not exist). */
    public synchronized List<VlmEndpoint> list() {
        return read().endpoints;
    }

    public synchronized Optional<VlmEndpoint> find(String name) {
        return read().endpoints.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The endpoint marked as default, else the first one. */
    public synchronized Optional<VlmEndpoint> defaultEndpoint() {
        Content c = read();
        return c.endpoints.stream().filter(e -> e.name().equals(c.defaultName)).findFirst()
                .or(() -> c.endpoints.stream().findFirst());
    }

    /** Adds the endpoint, or replaces the one with the same name. */
    public synchronized void save(VlmEndpoint endpoint) {
        Content c = read();
        List<VlmEndpoint> list = new ArrayList<>(c.endpoints);
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(endpoint.name())) {
                at = i;
            }
        }
        if (at >= 0) {
            list.set(at, endpoint);
        } else {
            list.add(endpoint);
        }
        write(new Content(list, c.defaultName));
    }

    /** Removes the endpoint with this name; returns whether there was one. */
    public synchronized boolean remove(String name) {
        Content c = read();
        List<VlmEndpoint> list = new ArrayList<>(c.endpoints);
        boolean removed = list.removeIf(e -> e.name().equals(name));
        if (removed) {
            write(new Content(list, name.equals(c.defaultName) ? null : c.defaultName));
        }
        return removed;
    }

    /** Marks a saved endpoint as the default. */
    public synchronized void setDefault(String name) {
        Content c = read();
        if (c.endpoints.stream().noneMatch(e -> e.name().equals(name))) {
            throw new IllegalArgumentException(file + ": no endpoint named '" + name + "'");
        }
        write(new Content(c.endpoints, name));
    }

    private record Content(List<VlmEndpoint> endpoints, String defaultName) {
    }

    private Content read() {
        if (!Files.isRegularFile(file)) {
            return new Content(List.of(), null);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        if (root == null || !root.isObject() || !root.path("endpoints").isArray()) {
            throw new IllegalArgumentException(file + ": expected {\"endpoints\": [...]}");
        }
        List<VlmEndpoint> list = new ArrayList<>();
        JsonNode arr = root.get("endpoints");
        for (int i = 0; i < arr.size(); i++) {
            list.add(endpoint(arr.get(i), "endpoints[" + i + "]"));
        }
        JsonNode d = root.get("default");
        return new Content(List.copyOf(list), d == null || d.isNull() ? null : d.asText());
    }

    private VlmEndpoint endpoint(JsonNode n, String where) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(file + ": " + where + ": expected an object");
        }
        String base = text(n, "baseUrl", where, true);
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + where + ".baseUrl: '" + base + "' is not a URL", e);
        }
        try {
            return new VlmEndpoint(text(n, "name", where, true), uri, text(n, "model", where, true),
                    text(n, "apiKeyEnv", where, false), text(n, "credentialKey", where, false),
                    seconds(n, "connectTimeoutSeconds", where), seconds(n, "requestTimeoutSeconds", where),
                    n.has("maxRetries") ? integer(n, "maxRetries", where) : VlmEndpoint.DEFAULT_RETRIES);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                throw e;
            }
            throw new IllegalArgumentException(file + ": " + where + ": " + e.getMessage(), e);
        }
    }

    private String text(JsonNode n, String field, String where, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(file + ": " + where + "." + field + ": missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(file + ": " + where + "." + field + ": expected a string");
        }
        return v.asText();
    }

    private Duration seconds(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() <= 0) {
            throw new IllegalArgumentException(file + ": " + where + "." + field + ": expected a positive number");
        }
        return Duration.ofMillis(Math.round(v.asDouble() * 1000));
    }

    private int integer(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(file + ": " + where + "." + field + ": expected a whole number");
        }
        return v.asInt();
    }

    private void write(Content c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        if (c.defaultName != null) {
            root.put("default", c.defaultName);
        } else {
            root.putNull("default");
        }
        ArrayNode arr = root.putArray("endpoints");
        for (VlmEndpoint e : c.endpoints) {
            ObjectNode o = arr.addObject();
            o.put("name", e.name());
            o.put("baseUrl", e.baseUrl().toString());
            o.put("model", e.model());
            o.put("apiKeyEnv", e.apiKeyEnv());
            o.put("credentialKey", e.credentialKey());
            o.put("connectTimeoutSeconds", e.connectTimeout().toMillis() / 1000.0);
            o.put("requestTimeoutSeconds", e.requestTimeout().toMillis() / 1000.0);
            o.put("maxRetries", e.maxRetries());
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
            Files.writeString(tmp, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written", e);
        }
    }
}
