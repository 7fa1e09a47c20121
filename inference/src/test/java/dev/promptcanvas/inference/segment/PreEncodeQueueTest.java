package dev.promptcanvas.inference.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.prompt.Prompt;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Priorities, look-ahead, and the pre-encode-all job's progress, cancel and resume. */
class PreEncodeQueueTest {

    @TempDir
    Path tmp;

    /** A real classical segmenter that records which images it encoded and can be held at a gate. */
    static final class Recording implements Segmenter {
        final ClassicalSegmenter inner = new ClassicalSegmenter();
        final List<String> encoded = Collections.synchronizedList(new ArrayList<>());
        volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public String modelId() {
            return inner.modelId();
        }

        @Override
        public String device() {
            return inner.device();
        }

        @Override
        public ImageEmbedding encode(BufferedImage image, String imageHash) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            encoded.add(imageHash);
            return inner.encode(image, imageHash);
        }

        @Override
        public SegmentationResult decode(ImageEmbedding e, List<Prompt> prompts, float[] previous) {
            return inner.decode(e, prompts, previous);
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    static List<ImageSource> images(int n) {
        List<ImageSource> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int rgb = i * 0x010203;
            out.add(new ImageSource("img" + i, () -> Fixtures.solid(32, 24, rgb)));
        }
        return out;
    }

    @Test
    void shownImageGoesBeforeQueuedWorkAndTheNextTwoFollow() throws Exception {
        Recording seg = new Recording();
        EmbeddingCache cache = new EmbeddingCache(1 << 30, tmp.resolve("c"), true);
        List<ImageSource> all = images(8);
        try (PreEncodeQueue q = new PreEncodeQueue(seg, cache)) {
            seg.gate = new CountDownLatch(1);
            PreEncodeJob job = q.preEncodeAll(all.subList(4, 8), (w, d, t) -> { });
            Thread.sleep(100); // the worker is now held inside the first bulk encode
            var shown = q.show(all.get(0), all.subList(1, 4));
            seg.gate.countDown();
            ImageEmbedding e = shown.get(10, TimeUnit.SECONDS);
            assertThat(e.imageHash()).isEqualTo("img0");
            job.result().get(10, TimeUnit.SECONDS);
            // img4 was already running; then the shown image, its two look-aheads, then the rest of the bulk job
            assertThat(seg.encoded).containsExactly("img4", "img0", "img1", "img2", "img5", "img6", "img7");
            assertThat(cache.contains("classic", "img3")).isFalse();
        }
    }

    @Test
    void preEncodeAllReportsProgressCancelsAndResumesSkippingCachedImages() throws Exception {
        Recording seg = new Recording();
        EmbeddingCache cache = new EmbeddingCache(1 << 30, tmp.resolve("c2"), true);
        List<ImageSource> all = images(6);
        AtomicInteger lastProgress = new AtomicInteger();
        try (PreEncodeQueue q = new PreEncodeQueue(seg, cache)) {
            seg.gate = new CountDownLatch(1);
            PreEncodeJob job = q.preEncodeAll(all, (what, done, total) -> lastProgress.set((int) done));
            Thread.sleep(100);
            job.cancel();
            seg.gate.countDown();
            assertThat(job.result().get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(job.done()).isEqualTo(6);
            assertThat(seg.encoded).containsExactly("img0");

            PreEncodeJob resumed = q.preEncodeAll(all, (what, done, total) -> lastProgress.set((int) done));
            assertThat(resumed.result().get(10, TimeUnit.SECONDS)).isEqualTo(5);
            assertThat(lastProgress.get()).isEqualTo(6);
            assertThat(seg.encoded).containsExactly("img0", "img1", "img2", "img3", "img4", "img5");
            // everything is on disk: a third run encodes nothing
            assertThat(q.preEncodeAll(all, (w, d, t) -> { }).result().get(10, TimeUnit.SECONDS)).isZero();
            // a bulk job does not fill the memory part
            assertThat(cache.stats().memoryEntries()).isZero();
        }
    }

    @Test
    void unreadableImageCountsAsFailedAndTheJobGoesOn() throws Exception {
        Recording seg = new Recording();
        EmbeddingCache cache = new EmbeddingCache(1 << 30, null, true);
        List<ImageSource> all = new ArrayList<>(images(2));
        all.add(1, new ImageSource("broken", () -> {
            throw new java.io.IOException("cannot read broken.png");
        }));
        try (PreEncodeQueue q = new PreEncodeQueue(seg, cache)) {
            PreEncodeJob job = q.preEncodeAll(all, (w, d, t) -> { });
            assertThat(job.result().get(10, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(job.failed()).isEqualTo(1);
        }
    }
}
