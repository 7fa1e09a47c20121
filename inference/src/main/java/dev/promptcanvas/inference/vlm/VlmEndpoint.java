package dev.promptcanvas.inference.vlm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * One OpenAI-compatible chat endpoint (vLLM, SGLang, Ollama, LM Studio, a hosted API). Holds where the API key
 * comes from, never the key itself, so endpoints can be saved and shown freely.
 *
 * @param name           a short name chosen by the user ("local-vllm"); also the version part of suggestions' source
 * @param baseUrl        the API root, e.g. {@code http://localhost:8000/v1} (a bare host gets {@code /v1})
 * @param model          the model name the server knows ("Qwen/Qwen2.5-VL-7B-Instruct", "qwen2.5vl:7b")
 * @param apiKeyEnv      the environment variable holding the API key, or null
 * @param credentialKey  the key's name in the OS credential store ({@code secret-tool} on Linux), or null
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one attempt may take, from sending to the last byte of the answer
 * @param maxRetries     how many times 429, 5xx and connection failures are retried (0..10)
 */
public record VlmEndpoint(String name, URI baseUrl, String model, String apiKeyEnv, String credentialKey,
                          Duration connectTimeout, Duration requestTimeout, int maxRetries) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_RETRIES = 3;

    public VlmEndpoint {
        name = name == null || name.isBlank() ? "default" : name.trim();
        if (baseUrl == null) {
            throw new IllegalArgumentException("endpoint " + name + ": baseUrl is required");
        }
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("endpoint " + name + ": baseUrl '" + baseUrl
                    + "' must be an http(s) URL such as http://localhost:8000/v1");
        }
        String path = baseUrl.getPath() == null ? "" : baseUrl.getPath();
        if (path.isEmpty() || path.equals("/")) {
            baseUrl = baseUrl.resolve("/v1");
        } else if (path.endsWith("/")) {
            baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("endpoint " + name + ": model is required");
        }
        model = model.trim();
        apiKeyEnv = apiKeyEnv == null || apiKeyEnv.isBlank() ? null : apiKeyEnv.trim();
        credentialKey = credentialKey == null || credentialKey.isBlank() ? null : credentialKey.trim();
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, name, "connectTimeout");
        requestTimeout = positive(requestTimeout, DEFAULT_REQUEST_TIMEOUT, name, "requestTimeout");
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("endpoint " + name + ": maxRetries must be within 0..10, got "
                    + maxRetries);
        }
    }

    private static Duration positive(Duration d, Duration fallback, String name, String field) {
        if (d == null) {
            return fallback;
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("endpoint " + name + ": " + field + " must be positive, got " + d);
        }
        return d;
    }

    /** An endpoint with default timeouts and retries and no API key. */
    public static VlmEndpoint of(String baseUrl, String model) {
        URI uri;
        try {
            uri = URI.create(baseUrl == null ? "" : baseUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("endpoint: baseUrl '" + baseUrl + "' is not a URL", e);
        }
        return new VlmEndpoint("default", uri, model, null, null, null, null, DEFAULT_RETRIES);
    }

    /** {@code <baseUrl>/chat/completions}. */
    public URI chatCompletionsUri() {
        return URI.create(baseUrl + "/chat/completions");
    }

    public VlmEndpoint withName(String n) {
        return new VlmEndpoint(n, baseUrl, model, apiKeyEnv, credentialKey, connectTimeout, requestTimeout, maxRetries);
    }

    public VlmEndpoint withModel(String m) {
        return new VlmEndpoint(name, baseUrl, m, apiKeyEnv, credentialKey, connectTimeout, requestTimeout, maxRetries);
    }

    public VlmEndpoint withApiKeyEnv(String env) {
        return new VlmEndpoint(name, baseUrl, model, env, credentialKey, connectTimeout, requestTimeout, maxRetries);
    }

    public VlmEndpoint withCredentialKey(String key) {
        return new VlmEndpoint(name, baseUrl, model, apiKeyEnv, key, connectTimeout, requestTimeout, maxRetries);
    }

    public VlmEndpoint withRequestTimeout(Duration d) {
        return new VlmEndpoint(name, baseUrl, model, apiKeyEnv, credentialKey, connectTimeout, d, maxRetries);
    }

    public VlmEndpoint withConnectTimeout(Duration d) {
        return new VlmEndpoint(name, baseUrl, model, apiKeyEnv, credentialKey, d, requestTimeout, maxRetries);
    }

    public VlmEndpoint withMaxRetries(int n) {
        return new VlmEndpoint(name, baseUrl, model, apiKeyEnv, credentialKey, connectTimeout, requestTimeout, n);
    }
}
