package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAL lets readers on other threads see only committed states while the writer works, without waiting for it. */
class ConcurrentReadTest {

    @TempDir
    Path dir;

    @Test
    void readersSeeWholeCommitsOnlyWhileAWriterRuns() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            long image = store.apply(new AddImages(Projects.images(1))).get(0).id();
            long label = store.apply(new AddCategory(Category.named("x"))).id();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong reads = new AtomicLong();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        int n = store.annotations(image).size();
                        long counted = store.counts().annotations();
                        if (n % 2 != 0 || counted % 2 != 0) {
                            problems.add("saw half a commit: " + n + " annotations, counter " + counted);
                        }
                        reads.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 150; i++) {
                store.apply(new AddAnnotations(List.of(Annotation.of(image, label, new Box(0, 0, i + 1, 1)),
                        Annotation.of(image, label, new Box(0, 0, 1, i + 1)))));
                if (i % 10 == 0) {
                    store.undo();
                    store.redo();
                }
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(problems).isEmpty();
            assertThat(reads.get()).isGreaterThan(10);
            assertThat(store.counts().annotations()).isEqualTo(300);
        }
    }

    @Test
    void aReadDoesNotWaitForAnOpenWriteTransaction() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            long image = store.apply(new AddImages(Projects.images(1))).get(0).id();
            long label = store.apply(new AddCategory(Category.named("x"))).id();
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<?> slow = writer.submit(() -> store.apply(Command.of("Slow import", edit -> {
                List<Annotation> many = new ArrayList<>();
                for (int i = 0; i < 5000; i++) {
                    many.add(Annotation.of(image, label, new Box(0, 0, 1 + i, 1)));
                }
                edit.addAnnotations(many);
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            })));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            assertThat(store.counts().annotations()).isZero();
            assertThat(store.annotations(image)).isEmpty();
            assertThat((System.nanoTime() - started) / 1e9).isLessThan(1.0);
            release.countDown();
            slow.get(30, TimeUnit.SECONDS);
            writer.shutdown();
            assertThat(store.counts().annotations()).isEqualTo(5000);
        }
    }
}
