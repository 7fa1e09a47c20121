package dev.promptcanvas.inference.segment;

import dev.promptcanvas.inference.models.ProgressListener;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Background encoding with one worker thread and three priorities: the image on screen (encoded at once, ahead of
 * everything queued), the next images (low priority, the two after the shown one), and a "pre-encode all" job
 * (lowest, with progress, cancel and resume: cached images are skipped). A running encoder call is never
 * interrupted, so the shown image waits at most for the one encode in progress. Plain java.util.concurrent.
 */
public final class PreEncodeQueue implements AutoCloseable {

    /** How many images after the shown one are queued. */
    public static final int LOOKAHEAD = 2;

    private static final int NOW = 0;
    private static final int NEXT = 1;
    private static final int BULK = 2;

    private final Segmenter segmenter;
    private final EmbeddingCache cache;
    private final PriorityBlockingQueue<Task> queue = new PriorityBlockingQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Thread worker;
    private volatile boolean closed;

    /** A task: run order by priority, then by arrival. */
    private record Task(int priority, long seq, Runnable work) implements Comparable<Task> {
        @Override
        public int compareTo(Task o) {
            return priority != o.priority ? Integer.compare(priority, o.priority) : Long.compare(seq, o.seq);
        }
    }

    /**
     * @param segmenter does the encoding; give it no cache of its own or this same one
     * @param cache where finished embeddings go and what is skipped as already done
     */
    public PreEncodeQueue(Segmenter segmenter, EmbeddingCache cache) {
        this.segmenter = segmenter;
        this.cache = cache;
        this.worker = new Thread(this::loop, "pre-encode-" + segmenter.modelId());
        worker.setDaemon(true);
        worker.setPriority(Thread.NORM_PRIORITY - 1);
        worker.start();
    }

    /**
     * The user now looks at {@code shown}: encode it first and queue the next {@link #LOOKAHEAD} of {@code next}
     * at low priority (already cached ones are skipped when their turn comes).
     */
    public CompletableFuture<ImageEmbedding> show(ImageSource shown, List<ImageSource> next) {
        CompletableFuture<ImageEmbedding> f = new CompletableFuture<>();
        submit(NOW, () -> {
            try {
                f.complete(encode(shown, true));
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        for (ImageSource s : next.subList(0, Math.min(LOOKAHEAD, next.size()))) {
            submit(NEXT, () -> {
                try {
                    encode(s, true);
                } catch (Exception e) {
                    // a look-ahead image that fails is encoded (and reported) when it is shown
                }
            });
        }
        return f;
    }

    /** Encodes every image not yet cached, one task at a time so shown images can go first. */
    public PreEncodeJob preEncodeAll(List<ImageSource> images, ProgressListener progress) {
        PreEncodeJob job = new PreEncodeJob(images.size());
        if (images.isEmpty()) {
            job.finish();
            return job;
        }
        for (ImageSource s : images) {
            submit(BULK, () -> {
                if (job.isCancelled()) {
                    job.step(false, false);
                } else {
                    boolean encoded = false;
                    boolean failed = false;
                    try {
                        encoded = !cache.contains(segmenter.modelId(), s.imageHash());
                        if (encoded) {
                            encode(s, false);
                        }
                    } catch (Exception e) {
                        failed = true;
                        encoded = false;
                    }
                    job.step(encoded, failed);
                    progress.progress("pre-encode", job.done(), job.total());
                }
                if (job.done() == job.total()) {
                    job.finish();
                }
            });
        }
        return job;
    }

    /** Tasks waiting (not counting the one running). */
    public int pending() {
        return queue.size();
    }

    private ImageEmbedding encode(ImageSource s, boolean keepInMemory) throws Exception {
        var hit = cache.get(segmenter.modelId(), s.imageHash());
        if (hit.isPresent()) {
            return hit.get();
        }
        BufferedImage img = s.loader().load();
        ImageEmbedding e = segmenter.encode(img, s.imageHash());
        if (!cache.contains(segmenter.modelId(), s.imageHash())) {
            cache.put(e, keepInMemory);
        }
        return e;
    }

    private void submit(int priority, Runnable work) {
        if (closed) {
            throw new IllegalStateException("pre-encode queue is closed");
        }
        queue.add(new Task(priority, sequence.incrementAndGet(), work));
    }

    private void loop() {
        while (!closed) {
            try {
                queue.take().work().run();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the worker after its current task; queued tasks are dropped. */
    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        queue.clear();
    }
}
