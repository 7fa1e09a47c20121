package dev.promptcanvas.inference.vlm;

import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Reads a chat-completions event stream line by line ({@code data: {...}} events, {@code data: [DONE]} at the
 * end, comments and other fields ignored) and assembles the deltas into one answer. A chunk that is not a chat
 * chunk is remembered as the stream's error and the rest is ignored.
 */
final class SseAccumulator implements Flow.Subscriber<String> {

    private final VlmCall call;
    private final Consumer<String> onDelta;
    private final StringBuilder text = new StringBuilder();
    private String finishReason;
    private String model;
    private boolean done;
    private int events;
    private String error;

    SseAccumulator(VlmCall call, Consumer<String> onDelta) {
        this.call = call;
        this.onDelta = onDelta;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        call.trackStream(subscription);
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (error != null || done || !line.startsWith("data:")) {
            return;
        }
        String data = line.substring(5).strip();
        if (data.equals("[DONE]")) {
            done = true;
            return;
        }
        events++;
        try {
            ChatJson.Chunk c = ChatJson.chunk(data, events);
            if (!c.delta().isEmpty()) {
                text.append(c.delta());
                if (onDelta != null) {
                    onDelta.accept(c.delta());
                }
            }
            if (c.finishReason() != null) {
                finishReason = c.finishReason();
            }
            if (c.model() != null) {
                model = c.model();
            }
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
    }

    @Override
    public void onError(Throwable throwable) {
        // the response future fails with the same error; nothing to keep here
    }

    @Override
    public void onComplete() {
        // the finisher reads the result
    }

    /** The assembled answer; a stream cut off before [DONE] and a finish reason is marked "incomplete". */
    Object result() {
        if (error != null) {
            return new StreamError(error);
        }
        if (events == 0 && !done) {
            return new StreamError("the event stream held no data events");
        }
        String reason = finishReason != null ? finishReason : done ? null : ChatAnswer.INCOMPLETE;
        return new ChatAnswer(text.toString(), reason, model, -1, -1, 1, 0, true);
    }

    /** A stream that could not be read. */
    record StreamError(String message) {
    }
}
