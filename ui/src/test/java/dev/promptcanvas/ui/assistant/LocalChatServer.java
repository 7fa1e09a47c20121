package dev.promptcanvas.ui.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real local HTTP server speaking the chat-completions protocol: every POST to /v1/chat/completions is answered
 * by a responder that sees the request body (JSON); requests are recorded. Recorded model answers come from
 * {@code /vlm/replies.json}.
 */
final class LocalChatServer implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode REPLIES;

    static {
        try (InputStream in = LocalChatServer.class.getResourceAsStream("/vlm/replies.json")) {
            REPLIES = MAPPER.readTree(in).get("replies");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One HTTP answer. */
    record Reply(int status, String body, long delayMs) {
        Reply withDelay(long ms) {
            return new Reply(status, body, ms);
        }
    }

    private final HttpServer server;
    final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private final Function<JsonNode, Reply> responder;

    LocalChatServer(Function<JsonNode, Reply> responder) throws IOException {
        this.responder = responder;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-chat-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** Always the same reply. */
    static LocalChatServer answering(Reply reply) throws IOException {
        return new LocalChatServer(body -> reply);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** A recorded model answer by name. */
    static String recorded(String name) {
        JsonNode n = REPLIES.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no recorded reply " + name);
        }
        return n.get("answer").asText();
    }

    /** A 200 chat completion with this assistant text. */
    static Reply answer(String content) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        root.put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        return new Reply(200, root.toString(), 0);
    }

    static Reply error(int status, String message) {
        return new Reply(status, "{\"error\":{\"message\":\"" + message + "\"}}", 0);
    }

    /** The text part of a request's user message. */
    static String sentText(JsonNode body) {
        JsonNode parts = body.get("messages").get(0).get("content");
        return parts.get(parts.size() - 1).get("text").asText();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] in = ex.getRequestBody().readAllBytes();
            JsonNode body = in.length == 0 ? null : MAPPER.readTree(in);
            if (!ex.getRequestURI().getPath().equals("/v1/chat/completions")) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            requests.add(body);
            Reply r = responder.apply(body);
            if (r.delayMs() > 0) {
                try {
                    Thread.sleep(r.delayMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] b = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(r.status(), b.length);
            ex.getResponseBody().write(b);
        } catch (IOException e) {
            // the client went away (cancelled): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
