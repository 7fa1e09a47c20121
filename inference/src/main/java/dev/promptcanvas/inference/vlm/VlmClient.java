package dev.promptcanvas.inference.vlm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An OpenAI-compatible chat-completions client on {@code java.net.http}: one POST per attempt to
 * {@code <baseUrl>/chat/completions}, the bearer key only when one is configured, 429 / 5xx / connection failures
 * retried with backoff and jitter (honouring Retry-After), a per-attempt timeout, cancellation, and optional
 * streaming. Thread-safe; calls are independent.
 */
public final class VlmClient {

    private static final int EXCERPT = 300;

    private final VlmEndpoint endpoint;
    private final ApiKey apiKey;
    private final HttpClient http;
    private final RetryPolicy retry;

    /**
     * @param apiKey the key to send, or null for none
     */
    public VlmClient(VlmEndpoint endpoint, ApiKey apiKey, HttpClient http, RetryPolicy retry) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.http = http;
        this.retry = retry;
    }

    public VlmClient(VlmEndpoint endpoint, ApiKey apiKey, RetryPolicy retry) {
        this(endpoint, apiKey, HttpClient.newBuilder().connectTimeout(endpoint.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL).build(), retry);
    }

    /**
     * A client for the endpoint with its key looked up by {@link ApiKeyResolver#system()} and default retries.
     *
     * @throws VlmException (CONFIGURATION) when the endpoint names a key source that has no key
     */
    public static VlmClient open(VlmEndpoint endpoint) {
        return new VlmClient(endpoint, ApiKeyResolver.system().resolve(endpoint).orElse(null), RetryPolicy.defaults());
    }

    public VlmEndpoint endpoint() {
        return endpoint;
    }

    /** Whether a key is sent. */
    public boolean hasApiKey() {
        return apiKey != null;
    }

    /** Sends and waits. */
    public ChatAnswer complete(ChatRequest request) {
        return start(request, null).await();
    }

    /**
     * Starts a call.
     *
     * @param onDelta for streamed requests, receives each piece of text as it arrives (on an HTTP thread); may be
     *                null
     */
    public VlmCall start(ChatRequest request, Consumer<String> onDelta) {
        String url = endpoint.chatCompletionsUri().toString();
        VlmCall call = new VlmCall(url);
        byte[] body = ChatJson.write(ChatJson.request(endpoint.model(), request)).getBytes(StandardCharsets.UTF_8);
        attempt(call, request.stream(), body, onDelta, 1, System.nanoTime());
        return call;
    }

    private HttpRequest httpRequest(byte[] body, boolean stream) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.chatCompletionsUri())
                .timeout(endpoint.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey.value());
        }
        return b.build();
    }

    private void attempt(VlmCall call, boolean stream, byte[] body, Consumer<String> onDelta, int n, long t0) {
        if (call.isCancelled()) {
            return;
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<HttpResponse<Object>> f;
        try {
            f = http.sendAsync(httpRequest(body, stream), info -> bodyFor(info, stream, call, onDelta));
        } catch (RuntimeException e) {
            call.fail(failure(VlmException.Kind.CONFIGURATION, 0, n, "cannot send (" + e.getMessage() + ")", e));
            return;
        }
        call.track(f);
        long timeoutMs = endpoint.requestTimeout().toMillis();
        CompletableFuture.delayedExecutor(timeoutMs, TimeUnit.MILLISECONDS).execute(() -> {
            if (!f.isDone()) {
                timedOut.set(true);
                f.cancel(true);
            }
        });
        f.whenComplete((resp, err) -> {
            if (call.isCancelled()) {
                return;
            }
            try {
                if (err != null) {
                    onError(call, stream, body, onDelta, n, t0, unwrap(err), timedOut.get());
                } else {
                    onResponse(call, stream, body, onDelta, n, t0, resp);
                }
            } catch (RuntimeException e) {
                call.fail(failure(VlmException.Kind.MALFORMED_RESPONSE, 0, n, "could not be read (" + e + ")", e));
            }
        });
    }

    private static HttpResponse.BodySubscriber<Object> bodyFor(HttpResponse.ResponseInfo info, boolean stream,
                                                              VlmCall call, Consumer<String> onDelta) {
        String type = info.headers().firstValue("Content-Type").orElse("");
        if (stream && info.statusCode() == 200 && type.toLowerCase(java.util.Locale.ROOT).contains("event-stream")) {
            SseAccumulator sse = new SseAccumulator(call, onDelta);
            return HttpResponse.BodySubscribers.fromLineSubscriber(sse, SseAccumulator::result, StandardCharsets.UTF_8, "\n");
        }
        return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8),
                s -> s);
    }

    private void onError(VlmCall call, boolean stream, byte[] body, Consumer<String> onDelta, int n, long t0,
                         Throwable e, boolean timedOut) {
        if (timedOut || (e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException))) {
            call.fail(failure(VlmException.Kind.TIMEOUT, 0, n, "no complete answer within "
                    + seconds(endpoint.requestTimeout()) + " (request timeout; raise it for slow models)", e));
            return;
        }
        if (e instanceof CancellationException) {
            call.fail(failure(VlmException.Kind.CANCELLED, 0, n, "cancelled", e));
            return;
        }
        String what = describeConnectionFailure(e);
        if (n <= endpoint.maxRetries()) {
            retryLater(call, stream, body, onDelta, n, t0, Optional.empty());
            return;
        }
        call.fail(failure(VlmException.Kind.CONNECTION, 0, n, what + (n > 1 ? " (after " + n + " attempts)" : ""),
                e));
    }

    private static String describeConnectionFailure(Throwable e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out (is the host reachable?)";
        }
        if (e instanceof ConnectException) {
            return "connection refused (is the server running and listening on this port?)";
        }
        if (e instanceof java.nio.channels.UnresolvedAddressException
                || e.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
            return "unknown host";
        }
        if (e instanceof IOException) {
            return "connection failed (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ")";
        }
        return "failed (" + e + ")";
    }

    private void onResponse(VlmCall call, boolean stream, byte[] body, Consumer<String> onDelta, int n, long t0,
                            HttpResponse<Object> resp) {
        int status = resp.statusCode();
        Object payload = resp.body();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (status == 200) {
            if (payload instanceof ChatAnswer a) {
                call.complete(a.withTiming(n, ms));
            } else if (payload instanceof SseAccumulator.StreamError se) {
                call.fail(failure(VlmException.Kind.MALFORMED_RESPONSE, status, n, "malformed event stream: "
                        + scrub(se.message()), null));
            } else {
                try {
                    call.complete(ChatJson.answer((String) payload).withTiming(n, ms));
                } catch (IllegalArgumentException e) {
                    call.fail(failure(VlmException.Kind.MALFORMED_RESPONSE, status, n, "malformed answer: "
                            + scrub(e.getMessage()), e));
                }
            }
            return;
        }
        String excerpt = excerpt(payload instanceof String s ? s : String.valueOf(payload));
        String head = status + " " + reason(status);
        if (status == 401 || status == 403) {
            String hint = apiKey == null ? "no API key is configured for endpoint '" + endpoint.name()
                    + "' (set apiKeyEnv or credentialKey)" : "check the API key (from " + apiKey.origin() + ")";
            call.fail(failure(VlmException.Kind.UNAUTHORIZED, status, n, head + ": " + hint
                    + (excerpt.isEmpty() ? "" : "; server said: " + excerpt), null));
            return;
        }
        boolean retryable = status == 429 || status >= 500;
        if (retryable && n <= endpoint.maxRetries()) {
            retryLater(call, stream, body, onDelta, n, t0, resp.headers().firstValue("Retry-After"));
            return;
        }
        String retries = n > 1 ? " after " + (n - 1) + (n == 2 ? " retry" : " retries") : "";
        if (status == 429) {
            call.fail(failure(VlmException.Kind.RATE_LIMITED, status, n, head + retries
                    + ": the server is rate limiting; wait and try again" + (excerpt.isEmpty() ? "" : " (" + excerpt
                    + ")"), null));
        } else if (status >= 500) {
            call.fail(failure(VlmException.Kind.SERVER_ERROR, status, n, head + retries
                    + (excerpt.isEmpty() ? "" : ": " + excerpt), null));
        } else {
            String hint = status == 404 ? " (check the base URL, usually ending in /v1, and the model name '"
                    + endpoint.model() + "')" : "";
            call.fail(failure(VlmException.Kind.REJECTED, status, n, head + hint
                    + (excerpt.isEmpty() ? "" : ": " + excerpt), null));
        }
    }

    private void retryLater(VlmCall call, boolean stream, byte[] body, Consumer<String> onDelta, int n, long t0,
                            Optional<String> retryAfter) {
        Duration wait = retry.delay(n, retryAfter);
        CompletableFuture<Void> next = CompletableFuture.runAsync(
                () -> attempt(call, stream, body, onDelta, n + 1, t0),
                CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS));
        call.track(next);
    }

    private VlmException failure(VlmException.Kind kind, int status, int attempts, String what, Throwable cause) {
        String url = endpoint.chatCompletionsUri().toString();
        return new VlmException(kind, url, status, attempts, scrub("POST " + url + ": " + what), null);
    }

    private String scrub(String s) {
        return apiKey == null ? s : apiKey.scrub(s);
    }

    /** The server's error message (JSON error.message or detail) or the body's start, one line, key removed. */
    private String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
            if (node != null && node.has("error")) {
                text = ChatJson.errorText(node.get("error"));
            } else if (node != null && node.has("detail")) {
                text = node.get("detail").isTextual() ? node.get("detail").asText() : node.get("detail").toString();
            } else if (node != null && node.has("message")) {
                text = node.get("message").asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // keep the raw text
        }
        text = scrub(text.replaceAll("\\s+", " "));
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "...";
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof java.util.concurrent.ExecutionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 413 -> "Payload Too Large";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP error";
        };
    }
}
