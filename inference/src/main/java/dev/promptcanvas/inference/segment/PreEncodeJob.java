package dev.promptcanvas.inference.segment;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running "pre-encode all" job: progress, cancel, and a future that completes with the number of images encoded
 * (already cached ones are skipped, so running the job again resumes it).
 */
public final class PreEncodeJob {

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger encoded = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<Integer> result = new CompletableFuture<>();

    PreEncodeJob(int total) {
        this.total = total;
    }

    /** Images in the job. */
    public int total() {
        return total;
    }

    /** Images handled so far (encoded, skipped as cached, or failed). */
    public int done() {
        return done.get();
    }

    /** Images actually encoded (not found in the cache). */
    public int encoded() {
        return encoded.get();
    }

    /** Images that could not be read or encoded. */
    public int failed() {
        return failed.get();
    }

    /** Stops after the image being encoded now; the future then completes with the count so far. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Completes with the number of images encoded when the job ends (finished or cancelled). */
    public CompletableFuture<Integer> result() {
        return result;
    }

    void step(boolean wasEncoded, boolean wasFailed) {
        if (wasEncoded) {
            encoded.incrementAndGet();
        }
        if (wasFailed) {
            failed.incrementAndGet();
        }
        done.incrementAndGet();
    }

    void finish() {
        result.complete(encoded.get());
    }
}
