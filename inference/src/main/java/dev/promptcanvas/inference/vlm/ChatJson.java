package dev.promptcanvas.inference.vlm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The chat-completions wire format: the request body, and the answer read back with errors that name the field
 * ({@code choices[0].message.content}). Only the fields PromptCanvas needs are read; anything else is ignored.
 */
public final class ChatJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChatJson() {
    }

    /** The request body for a model. */
    public static ObjectNode request(String model, ChatRequest r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("model", model);
        ArrayNode messages = root.putArray("messages");
        for (ChatMessage m : r.messages()) {
            ObjectNode msg = messages.addObject();
            msg.put("role", m.role());
            boolean textOnly = m.content().stream().allMatch(p -> p instanceof ContentPart.Text);
            if (textOnly && !m.role().equals("user")) {
                msg.put("content", m.text());
                continue;
            }
            ArrayNode parts = msg.putArray("content");
            for (ContentPart p : m.content()) {
                ObjectNode part = parts.addObject();
                if (p instanceof ContentPart.Text t) {
                    part.put("type", "text");
                    part.put("text", t.text());
                } else if (p instanceof ContentPart.Image i) {
                    part.put("type", "image_url");
                    part.putObject("image_url").put("url", i.url());
                }
            }
        }
        if (r.maxTokens() != null) {
            root.put("max_tokens", r.maxTokens());
        }
        if (r.temperature() != null) {
            root.put("temperature", r.temperature());
        }
        if (r.stream()) {
            root.put("stream", true);
        }
        return root;
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a complete (non-streamed) answer.
     *
     * @throws IllegalArgumentException with the field path when the body is not a chat completion
     */
    static ChatAnswer answer(String body) {
        JsonNode root = tree(body, "the response");
        JsonNode error = root.get("error");
        if (error != null && !error.isNull() && !root.has("choices")) {
            throw new IllegalArgumentException("the server sent an error instead of an answer: " + errorText(error));
        }
        JsonNode choice = firstChoice(root, "choices");
        JsonNode message = choice.get("message");
        if (message == null || !message.isObject()) {
            throw new IllegalArgumentException("choices[0].message: missing");
        }
        String text = content(message.get("content"), "choices[0].message.content");
        JsonNode usage = root.path("usage");
        return new ChatAnswer(text, textOrNull(choice.get("finish_reason")), textOrNull(root.get("model")),
                usage.path("prompt_tokens").asInt(-1), usage.path("completion_tokens").asInt(-1), 1, 0, false);
    }

    /** One streamed chunk: its delta text (may be empty) and its finish reason (null until the last). */
    record Chunk(String delta, String finishReason, String model) {
    }

    static Chunk chunk(String json, int index) {
        String where = "stream event " + index;
        JsonNode root = tree(json, where);
        JsonNode error = root.get("error");
        if (error != null && !error.isNull() && !root.has("choices")) {
            throw new IllegalArgumentException(where + ": the server sent an error: " + errorText(error));
        }
        JsonNode choices = root.get("choices");
        if (choices == null || !choices.isArray()) {
            throw new IllegalArgumentException(where + ".choices: missing");
        }
        if (choices.isEmpty()) {
            return new Chunk("", null, textOrNull(root.get("model")));
        }
        JsonNode c = choices.get(0);
        JsonNode delta = c.get("delta");
        String text = delta == null || delta.isNull() ? "" : content(delta.get("content"), where
                + ".choices[0].delta.content");
        return new Chunk(text, textOrNull(c.get("finish_reason")), textOrNull(root.get("model")));
    }

    private static JsonNode tree(String body, String where) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException(where + " is empty");
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException(where + " is not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + " is not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage() + ")");
        }
    }

    private static JsonNode firstChoice(JsonNode root, String field) {
        JsonNode choices = root.get(field);
        if (choices == null || !choices.isArray()) {
            throw new IllegalArgumentException(field + ": missing");
        }
        if (choices.isEmpty()) {
            throw new IllegalArgumentException(field + ": empty, the server returned no answer");
        }
        if (!choices.get(0).isObject()) {
            throw new IllegalArgumentException(field + "[0]: expected an object");
        }
        return choices.get(0);
    }

    /** A content string, or an array of text parts (some servers answer so), or null as "". */
    private static String content(JsonNode c, String where) {
        if (c == null || c.isNull()) {
            return "";
        }
        if (c.isTextual()) {
            return c.asText();
        }
        if (c.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < c.size(); i++) {
                JsonNode t = c.get(i).get("text");
                if (t == null || !t.isTextual()) {
                    throw new IllegalArgumentException(where + "[" + i + "].text: missing");
                }
                sb.append(t.asText());
            }
            return sb.toString();
        }
        throw new IllegalArgumentException(where + ": expected a string, got " + c.getNodeType());
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static String errorText(JsonNode error) {
        if (error.isTextual()) {
            return error.asText();
        }
        JsonNode m = error.get("message");
        return m != null ? m.asText() : error.toString();
    }
}
