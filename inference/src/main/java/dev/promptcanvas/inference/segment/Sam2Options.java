package dev.promptcanvas.inference.segment;

import dev.promptcanvas.inference.models.DevicePreference;

/**
 * How a {@link Sam2OnnxSegmenter} runs.
 *
 * @param device where to run (AUTO: CUDA when available, else CPU)
 * @param intraOpThreads ONNX Runtime intra-op threads, 0 for its default (all cores)
 * @param cache the embedding cache consulted by {@code encode}, or null for none
 */
public record Sam2Options(DevicePreference device, int intraOpThreads, EmbeddingCache cache) {

    /** CPU or CUDA as available, default threads, no cache. */
    public static Sam2Options defaults() {
        return new Sam2Options(DevicePreference.AUTO, 0, null);
    }

    public Sam2Options withCache(EmbeddingCache newCache) {
        return new Sam2Options(device, intraOpThreads, newCache);
    }
}
