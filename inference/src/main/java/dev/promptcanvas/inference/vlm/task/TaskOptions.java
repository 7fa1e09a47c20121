package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.inference.vlm.ImageDataUrl;
import java.util.function.Consumer;

/**
 * How a task talks to the model.
 *
 * @param encoding  how images are sent (PNG by default)
 * @param maxTokens {@code max_tokens}
 * @param stream    ask for a streamed answer
 * @param onDelta   receives streamed text as it arrives (any thread), or null
 */
public record TaskOptions(ImageDataUrl.Encoding encoding, int maxTokens, boolean stream, Consumer<String> onDelta) {

    public TaskOptions {
        encoding = encoding == null ? ImageDataUrl.Encoding.PNG : encoding;
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("task options: maxTokens must be positive");
        }
    }

    /** PNG, 1024 tokens, not streamed. */
    public static TaskOptions defaults() {
        return new TaskOptions(ImageDataUrl.Encoding.PNG, 1024, false, null);
    }

    public TaskOptions withStream(boolean s, Consumer<String> deltas) {
        return new TaskOptions(encoding, maxTokens, s, deltas);
    }

    public TaskOptions withEncoding(ImageDataUrl.Encoding e) {
        return new TaskOptions(e, maxTokens, stream, onDelta);
    }

    public TaskOptions withMaxTokens(int n) {
        return new TaskOptions(encoding, n, stream, onDelta);
    }
}
