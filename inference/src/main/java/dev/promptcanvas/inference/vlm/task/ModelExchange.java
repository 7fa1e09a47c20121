package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.vlm.ChatAnswer;
import dev.promptcanvas.inference.vlm.ChatMessage;
import dev.promptcanvas.inference.vlm.ChatRequest;
import dev.promptcanvas.inference.vlm.ImageDataUrl;
import dev.promptcanvas.inference.vlm.VlmClient;
import dev.promptcanvas.inference.vlm.VlmEndpoint;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One question to the model, shared by the tasks: the user turn (image, then text), the call (blocking; interrupt
 * the thread to cancel it), its duration, and the notes every task makes about the answer.
 */
final class ModelExchange {

    private static final Pattern CHAT_TOKENS = Pattern.compile("<\\|(?:im_end|endoftext|im_start|eot_id)\\|>|</s>");

    private ModelExchange() {
    }

    /** The answer and how long it took. */
    record Sent(ChatRequest request, ChatAnswer answer, long requestMs) {
    }

    static Sent ask(VlmClient client, String text, ImageDataUrl image, TaskOptions o) {
        ChatRequest request = ChatRequest.of(ChatMessage.user(text, image)).withMaxTokens(o.maxTokens())
                .withStream(o.stream());
        long t0 = System.nanoTime();
        ChatAnswer answer = client.start(request, o.onDelta()).await();
        return new Sent(request, answer, TaskTimings.since(t0));
    }

    /** WARNING answer-truncated when the answer's end is missing. */
    static void noteTruncation(ChatAnswer answer, List<Diagnostic> out) {
        if (answer.truncated()) {
            out.add(Diagnostic.warning("answer-truncated", "the answer is cut off (finish_reason "
                    + answer.finishReason() + "); raise the token limit"));
        }
    }

    /** The answer without chat control tokens and without a {@code <think>..</think>} block. */
    static String clean(String text) {
        String t = CHAT_TOKENS.matcher(text).replaceAll("");
        t = t.replaceAll("(?s)<think>.*?</think>", "");
        return t.strip();
    }

    /**
     * Who made a suggestion: {@code model:<model>@<endpoint name>}; ':' and '@' in an Ollama-style model name
     * ({@code qwen2.5vl:7b}) become '-' because the source text form reserves them.
     */
    static Source source(VlmEndpoint endpoint) {
        return Source.model(endpoint.model().replace(':', '-').replace('@', '-'), endpoint.name().replace('@', '-'));
    }
}
