package dev.promptcanvas.inference.vlm;

/**
 * What the server answered.
 *
 * @param text             the assistant message's text (deltas assembled when streamed)
 * @param finishReason     "stop", "length" (cut off at max_tokens), {@link #INCOMPLETE}, ... or null when the
 *                         server gave none
 * @param model            the model the server says answered (may differ from the one asked for), or null
 * @param promptTokens     usage.prompt_tokens, -1 when not reported
 * @param completionTokens usage.completion_tokens, -1 when not reported
 * @param attempts         HTTP attempts made (1 when no retry was needed)
 * @param latencyMs        milliseconds from the first attempt to the full answer, retry waits included
 * @param streamed         whether the answer came as server-sent events
 */
public record ChatAnswer(String text, String finishReason, String model, int promptTokens, int completionTokens,
                         int attempts, long latencyMs, boolean streamed) {

    /** The finish reason given to a streamed answer whose stream ended before {@code [DONE]}. */
    public static final String INCOMPLETE = "incomplete";

    public ChatAnswer {
        text = text == null ? "" : text;
    }

    /** Whether the answer's end is missing (token limit reached, or the stream broke off). */
    public boolean truncated() {
        return "length".equals(finishReason) || INCOMPLETE.equals(finishReason);
    }

    ChatAnswer withTiming(int attemptCount, long ms) {
        return new ChatAnswer(text, finishReason, model, promptTokens, completionTokens, attemptCount, ms, streamed);
    }
}
