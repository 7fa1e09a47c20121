package dev.promptcanvas.inference.vlm;

import java.util.List;

/**
 * A chat-completions request without the model (the endpoint supplies it).
 *
 * @param maxTokens   {@code max_tokens}, or null for the server's default
 * @param temperature {@code temperature}, or null for the server's default
 * @param stream      whether to ask for server-sent events ({@code stream: true}) and assemble the deltas
 */
public record ChatRequest(List<ChatMessage> messages, Integer maxTokens, Double temperature, boolean stream) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("chat request: no messages");
        }
        if (maxTokens != null && maxTokens <= 0) {
            throw new IllegalArgumentException("chat request: max_tokens must be positive, got " + maxTokens);
        }
    }

    /** One user message, 1024 tokens at most, temperature 0 (answers to annotate with should be repeatable). */
    public static ChatRequest of(ChatMessage user) {
        return new ChatRequest(List.of(user), 1024, 0.0, false);
    }

    public ChatRequest withStream(boolean s) {
        return new ChatRequest(messages, maxTokens, temperature, s);
    }

    public ChatRequest withMaxTokens(Integer n) {
        return new ChatRequest(messages, n, temperature, stream);
    }

    public ChatRequest withTemperature(Double t) {
        return new ChatRequest(messages, maxTokens, t, stream);
    }

    /** The text of every message, joined (what the prompt said, for records and previews). */
    public String promptText() {
        return String.join("\n", messages.stream().map(ChatMessage::text).toList());
    }
}
