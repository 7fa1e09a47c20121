package dev.promptcanvas.inference.vlm;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A running model call. {@link #cancel()} aborts the HTTP exchange in flight (or the wait before the next retry)
 * and completes the call with a CANCELLED {@link VlmException}; nothing is retried after it.
 */
public final class VlmCall {

    private final String url;
    private final CompletableFuture<ChatAnswer> result = new CompletableFuture<>();
    private final AtomicReference<Future<?>> current = new AtomicReference<>();
    private final AtomicReference<Flow.Subscription> stream = new AtomicReference<>();
    private volatile boolean cancelled;

    VlmCall(String url) {
        this.url = url;
    }

    /** Completes with the answer, or exceptionally with a {@link VlmException}. */
    public CompletableFuture<ChatAnswer> future() {
        return result;
    }

    /** Aborts the call. Safe to call at any time, from any thread, more than once. */
    public void cancel() {
        cancelled = true;
        Future<?> f = current.get();
        if (f != null) {
            f.cancel(true);
        }
        Flow.Subscription s = stream.get();
        if (s != null) {
            s.cancel();
        }
        result.completeExceptionally(new VlmException(VlmException.Kind.CANCELLED, url, "POST " + url
                + ": cancelled"));
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Waits for the answer.
     *
     * @throws VlmException for every failure; an interrupted thread cancels the call (CANCELLED)
     */
    public ChatAnswer await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new VlmException(VlmException.Kind.CANCELLED, url, "POST " + url + ": interrupted, call cancelled");
        } catch (ExecutionException | CompletionException e) {
            throw unwrap(e.getCause());
        } catch (CancellationException e) {
            throw new VlmException(VlmException.Kind.CANCELLED, url, "POST " + url + ": cancelled");
        }
    }

    private VlmException unwrap(Throwable t) {
        if (t instanceof VlmException v) {
            return v;
        }
        return new VlmException(VlmException.Kind.CONNECTION, url, 0, 0, "POST " + url + ": " + t, t);
    }

    /** Remembers what to abort on cancel; aborts it at once when the call is already cancelled. */
    void track(Future<?> f) {
        current.set(f);
        if (cancelled) {
            f.cancel(true);
        }
    }

    void trackStream(Flow.Subscription s) {
        stream.set(s);
        if (cancelled) {
            s.cancel();
        }
    }

    void complete(ChatAnswer a) {
        result.complete(a);
    }

    void fail(VlmException e) {
        result.completeExceptionally(e);
    }
}
