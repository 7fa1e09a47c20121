package dev.promptcanvas.inference.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Image embeddings kept for reuse, keyed by model id + image content hash: a memory LRU bounded in bytes (default
 * 1 GB) in front of an optional on-disk store (one file per embedding in the given folder, typically the project's
 * {@code .promptcanvas/cache/embeddings/}, written atomically, float16 by default). A corrupt or truncated disk
 * file is deleted and counts as a miss, so the embedding is rebuilt. Thread-safe.
 */
public final class EmbeddingCache {

    /** The default memory budget: 1 GB. */
    public static final long DEFAULT_MEMORY_BYTES = 1_000_000_000L;

    /** Hit and miss counts. */
    public record Stats(long memoryHits, long diskHits, long misses, long corruptFilesDeleted, int memoryEntries,
                        long memoryBytes) {
    }

    private final long maxMemoryBytes;
    private final EmbeddingFiles disk;
    private final LinkedHashMap<String, ImageEmbedding> memory = new LinkedHashMap<>(16, 0.75f, true);
    private long memoryBytes;
    private long memoryHits;
    private long diskHits;
    private long misses;

    /**
     * @param maxMemoryBytes the memory budget in bytes
     * @param diskFolder where embedding files go, or null for memory only
     * @param float16 store floats on disk as float16 (half the size, ~3 significant digits)
     */
    public EmbeddingCache(long maxMemoryBytes, Path diskFolder, boolean float16) {
        if (maxMemoryBytes < 0) {
            throw new IllegalArgumentException("embedding cache: memory budget is negative");
        }
        this.maxMemoryBytes = maxMemoryBytes;
        this.disk = diskFolder == null ? null : new EmbeddingFiles(diskFolder, float16);
    }

    /** A project's embedding folder: {@code <project>/.promptcanvas/cache/embeddings}. */
    public static Path projectFolder(Path projectDir) {
        return projectDir.resolve(".promptcanvas").resolve("cache").resolve("embeddings");
    }

    /** A 1 GB memory cache over a float16 disk folder (or memory only when {@code diskFolder} is null). */
    public static EmbeddingCache withDefaults(Path diskFolder) {
        return new EmbeddingCache(DEFAULT_MEMORY_BYTES, diskFolder, true);
    }

    /** The cached embedding: from memory, else from disk (then kept in memory too). */
    public Optional<ImageEmbedding> get(String modelId, String imageHash) {
        String key = key(modelId, imageHash);
        synchronized (this) {
            ImageEmbedding e = memory.get(key);
            if (e != null) {
                memoryHits++;
                return Optional.of(e);
            }
        }
        if (disk != null) {
            long t0 = System.nanoTime();
            Optional<ImageEmbedding> loaded = disk.read(modelId, imageHash);
            if (loaded.isPresent()) {
                ImageEmbedding e = loaded.get().withTimings(new StageTimings(0, StageTimings.since(t0), 0, 0));
                synchronized (this) {
                    diskHits++;
                    putInMemory(key, e);
                }
                return Optional.of(e);
            }
        }
        synchronized (this) {
            misses++;
        }
        return Optional.empty();
    }

    /** True when the embedding is in memory or has a disk file (not read, so not checked for corruption). */
    public boolean contains(String modelId, String imageHash) {
        synchronized (this) {
            if (memory.containsKey(key(modelId, imageHash))) {
                return true;
            }
        }
        return disk != null && Files.isRegularFile(disk.file(modelId, imageHash));
    }

    /**
     * Stores an embedding on disk (when there is a disk folder) and, if {@code keepInMemory}, in memory (a bulk
     * pre-encoding job passes false so it does not push out the images being worked on).
     */
    public void put(ImageEmbedding e, boolean keepInMemory) {
        if (disk != null) {
            try {
                disk.write(e);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException("embedding cache: cannot write " + disk.file(e.modelId(),
                        e.imageHash()) + ": " + ex.getMessage(), ex);
            }
        }
        if (keepInMemory) {
            synchronized (this) {
                putInMemory(key(e.modelId(), e.imageHash()), e);
            }
        }
    }

    /** Empties the memory part (disk files stay). */
    public synchronized void clearMemory() {
        memory.clear();
        memoryBytes = 0;
    }

    public synchronized Stats stats() {
        return new Stats(memoryHits, diskHits, misses, disk == null ? 0 : disk.corruptDeleted(), memory.size(),
                memoryBytes);
    }

    /** The disk file an embedding is (or would be) stored in, or null without a disk folder. */
    public Path diskFile(String modelId, String imageHash) {
        return disk == null ? null : disk.file(modelId, imageHash);
    }

    private void putInMemory(String key, ImageEmbedding e) {
        ImageEmbedding old = memory.put(key, e);
        if (old != null) {
            memoryBytes -= old.byteSize();
        }
        memoryBytes += e.byteSize();
        Iterator<Map.Entry<String, ImageEmbedding>> it = memory.entrySet().iterator();
        while (memoryBytes > maxMemoryBytes && it.hasNext()) {
            Map.Entry<String, ImageEmbedding> eldest = it.next();
            memoryBytes -= eldest.getValue().byteSize();
            it.remove();
        }
    }

    private static String key(String modelId, String imageHash) {
        return modelId + '\n' + imageHash;
    }
}
