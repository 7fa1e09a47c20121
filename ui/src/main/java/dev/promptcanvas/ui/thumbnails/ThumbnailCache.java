package dev.promptcanvas.ui.thumbnails;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * Thumbnails of project images, made lazily off the FX thread and kept in a memory LRU and on disk (see
 * {@link ThumbnailFiles}). Work runs on a few lowest-priority threads, newest request first; requests beyond
 * {@code maxPending} drop the oldest (cells long scrolled away), and {@link #cancel} drops one that a cell no
 * longer shows. A corrupt cache file is ignored and rebuilt. Call {@link #get} and {@link #cancel} on the FX
 * thread; {@code whenReady} is called there too.
 */
public final class ThumbnailCache implements AutoCloseable {

    public static final int DEFAULT_SIZE = 128;
    public static final int DEFAULT_MAX_PENDING = 64;
    public static final int DEFAULT_MEMORY_ENTRIES = 1000;

    private final ThumbnailFiles files;
    private final int size;
    private final int maxPending;
    private final int workers;
    private final Executor executor;
    private final ExecutorService ownExecutor;
    private final Object lock = new Object();
    private final LinkedHashMap<String, Request> pending = new LinkedHashMap<>();
    private final Map<String, Image> memory;
    private final List<Runnable> deliveries = new ArrayList<>();
    private boolean deliveryScheduled;
    private int running;
    private volatile boolean closed;
    private volatile String lastError;

    /** One image waiting for its thumbnail and the cells that want it. */
    private static final class Request {
        final String key;
        final ImageRecord image;
        final Path file;
        final List<Consumer<Image>> consumers = new ArrayList<>();
        boolean cancelled;

        Request(String key, ImageRecord image, Path file) {
            this.key = key;
            this.image = image;
            this.file = file;
        }
    }

    /** Thumbnails of {@code size} px for a project, on min(2, cores - 1) background threads. */
    public ThumbnailCache(Path projectDir, int size) {
        this(projectDir, size, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1)),
                DEFAULT_MAX_PENDING, DEFAULT_MEMORY_ENTRIES);
    }

    public ThumbnailCache(Path projectDir, int size, int workers, int maxPending, int memoryEntries) {
        this(projectDir, size, workers, maxPending, memoryEntries, null);
    }

    /** With a given executor (tests); {@code workers} still bounds how many thumbnails are made at once. */
    ThumbnailCache(Path projectDir, int size, int workers, int maxPending, int memoryEntries, Executor executor) {
        if (size <= 0 || workers <= 0 || maxPending <= 0 || memoryEntries <= 0) {
            throw new IllegalArgumentException("thumbnail cache: size, workers, maxPending and memoryEntries must be"
                    + " positive, got " + size + ", " + workers + ", " + maxPending + ", " + memoryEntries);
        }
        this.files = new ThumbnailFiles(projectDir, size);
        this.size = size;
        this.workers = workers;
        this.maxPending = maxPending;
        this.memory = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > memoryEntries;
            }
        };
        this.ownExecutor = executor == null ? pool(workers) : null;
        this.executor = executor == null ? ownExecutor : executor;
    }

    public int size() {
        return size;
    }

    /** The folder holding the cached files. */
    public Path folder() {
        return files.folder();
    }

    /**
     * The thumbnail if it is in memory; otherwise null, and {@code whenReady} gets it on the FX thread once it is
     * loaded from disk or made (not if the request is cancelled or dropped first).
     */
    public Image get(ImageRecord image, Path file, Consumer<Image> whenReady) {
        String key = memoryKey(image);
        synchronized (lock) {
            Image cached = memory.get(key);
            if (cached != null || closed) {
                return cached;
            }
            Request request = pending.remove(key);
            if (request == null) {
                request = new Request(key, image, file);
            }
            request.consumers.add(whenReady);
            pending.put(key, request);
            Iterator<Request> oldest = pending.values().iterator();
            while (pending.size() > maxPending) {
                oldest.next();
                oldest.remove();
            }
            if (running < workers) {
                running++;
                executor.execute(this::work);
            }
        }
        return null;
    }

    /** Drops the request for an image (e.g. its cell now shows another one); a thumbnail being made is kept. */
    public void cancel(ImageRecord image) {
        synchronized (lock) {
            Request r = pending.remove(memoryKey(image));
            if (r != null) {
                r.cancelled = true;
            }
        }
    }

    /** Requests waiting for a worker. */
    public int pendingCount() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /** The last failure (unreadable image, unwritable cache folder), naming the file. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    private void work() {
        while (true) {
            Request request;
            synchronized (lock) {
                request = closed ? null : newest();
                if (request == null) {
                    running--;
                    return;
                }
            }
            Image thumbnail;
            synchronized (lock) {
                thumbnail = memory.get(request.key);
            }
            if (thumbnail == null) {
                thumbnail = load(request);
            }
            if (thumbnail != null) {
                deliver(request, thumbnail);
            }
        }
    }

    private Request newest() {
        Request last = null;
        for (Request r : pending.values()) {
            last = r;
        }
        if (last != null) {
            pending.remove(last.key);
        }
        return last;
    }

    private Image load(Request request) {
        try {
            Path cacheFile = files.fileFor(request.image, request.file);
            BufferedImage pixels = readCached(cacheFile);
            if (pixels == null) {
                pixels = ThumbnailMaker.make(request.file, size);
                BufferedImage made = pixels;
                try {
                    files.writeAtomically(cacheFile, tmp -> ImageIO.write(made, "png", tmp.toFile()));
                } catch (IOException e) {
                    lastError = "cannot write thumbnail " + cacheFile + ": " + e.getMessage();
                }
            }
            return SwingFXUtils.toFXImage(pixels, null);
        } catch (IOException | RuntimeException e) {
            lastError = request.file + ": no thumbnail: " + e.getMessage();
            return null;
        }
    }

    /** The cached thumbnail, or null when there is none or it is unreadable (then it is deleted). */
    private BufferedImage readCached(Path cacheFile) {
        if (!Files.isRegularFile(cacheFile)) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(cacheFile.toFile());
            if (image != null && Math.max(image.getWidth(), image.getHeight()) <= size) {
                return image;
            }
        } catch (IOException | RuntimeException e) {
            // corrupt: rebuilt below
        }
        try {
            Files.deleteIfExists(cacheFile);
        } catch (IOException e) {
            lastError = "cannot delete corrupt thumbnail " + cacheFile + ": " + e.getMessage();
        }
        return null;
    }

    private void deliver(Request request, Image thumbnail) {
        synchronized (lock) {
            memory.put(request.key, thumbnail);
            if (request.cancelled) {
                return;
            }
            List<Consumer<Image>> consumers = List.copyOf(request.consumers);
            deliveries.add(() -> consumers.forEach(c -> c.accept(thumbnail)));
            if (!deliveryScheduled) {
                deliveryScheduled = true;
                Platform.runLater(this::runDeliveries);
            }
        }
    }

    /** Hands every finished thumbnail to its cells in one FX event, however many finished since the last one. */
    private void runDeliveries() {
        List<Runnable> batch;
        synchronized (lock) {
            batch = new ArrayList<>(deliveries);
            deliveries.clear();
            deliveryScheduled = false;
        }
        batch.forEach(Runnable::run);
    }

    private static String memoryKey(ImageRecord image) {
        return image.contentHash().isEmpty() ? "path:" + image.path() : "hash:" + image.contentHash();
    }

    /** Stops making thumbnails; files already written stay. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            pending.clear();
            memory.clear();
        }
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }

    private static ExecutorService pool(int workers) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "thumbnails-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
