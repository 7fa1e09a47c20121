package dev.promptcanvas.inference.vlm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

/**
 * A real local HTTP server speaking the chat-completions protocol (POST /v1/chat/completions, JSON or server-sent
 * events) that replays scripted replies in order (the last one repeats) and records every request.
 */
public final class ChatServer implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One scripted reply. */
    public record Reply(int status, Map<String, String> headers, String body, List<String> events, long delayMs) {

        public static Reply answer(String content) {
            return answer(content, "stop");
        }

        public static Reply answer(String content, String finishReason) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("id", "chatcmpl-test");
            root.put("object", "chat.completion");
            root.put("model", "test-model");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", finishReason);
            root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20);
            return json(200, root.toString());
        }

        public static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body, null, 0);
        }

        /** Streams the content in pieces as chat.completion.chunk events, then [DONE] (unless cut off). */
        public static Reply stream(List<String> pieces, boolean done) {
            List<String> events = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                ObjectNode c = MAPPER.createObjectNode();
                c.put("object", "chat.completion.chunk");
                c.put("model", "test-model");
                ObjectNode ch = c.putArray("choices").addObject();
                ch.put("index", 0);
                ch.putObject("delta").put("content", pieces.get(i));
                if (done && i == pieces.size() - 1) {
                    ch.put("finish_reason", "stop");
                } else {
                    ch.putNull("finish_reason");
                }
                events.add(c.toString());
            }
            if (done) {
                events.add("[DONE]");
            }
            return new Reply(200, Map.of("Content-Type", "text/event-stream"), null, events, 0);
        }

        public Reply withDelay(long ms) {
            return new Reply(status, headers, body, events, ms);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, events, delayMs);
        }
    }

    /** One request as received. */
    public record Received(String method, String path, Map<String, List<String>> headers, JsonNode body) {

        public String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    public final List<Received> requests = Collections.synchronizedList(new ArrayList<>());

    public ChatServer(Reply... replies) throws IOException {
        script.addAll(List.of(replies));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "chat-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public VlmEndpoint endpoint() {
        return VlmEndpoint.of(baseUrl(), "test-model").withRequestTimeout(java.time.Duration.ofSeconds(10));
    }

    private Reply next() {
        Reply r = script.size() > 1 ? script.pollFirst() : script.peekFirst();
        if (r == null) {
            throw new IllegalStateException("no reply scripted");
        }
        return r;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] in = ex.getRequestBody().readAllBytes();
            JsonNode body;
            try {
                body = in.length == 0 ? null : MAPPER.readTree(in);
            } catch (IOException e) {
                body = null;
            }
            requests.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                    Map.copyOf(ex.getRequestHeaders()), body));
            if (!ex.getRequestURI().getPath().equals("/v1/chat/completions") || !ex.getRequestMethod().equals("POST")) {
                byte[] nf = "{\"error\":{\"message\":\"not found\"}}".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(404, nf.length);
                ex.getResponseBody().write(nf);
                return;
            }
            Reply r = next();
            if (r.delayMs() > 0) {
                try {
                    Thread.sleep(r.delayMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            if (r.events() != null) {
                ex.sendResponseHeaders(r.status(), 0);
                OutputStream out = ex.getResponseBody();
                for (String e : r.events()) {
                    out.write((": keep-alive\n\ndata: " + e + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                return;
            }
            byte[] b = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(r.status(), b.length == 0 ? -1 : b.length);
            if (b.length > 0) {
                ex.getResponseBody().write(b);
            }
        } catch (IOException e) {
            // the client went away (cancellation, timeout): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
