package dev.promptcanvas.inference.segment;

import java.util.List;
import java.util.Optional;

/**
 * What a segmenter's encoder made of one image, in plain Java memory so it can be cached and reused across
 * prompts, threads and predictors.
 *
 * @param modelId the model that made it (cache key, part 1)
 * @param imageHash the image's content hash (cache key, part 2)
 * @param imageWidth the original image's width in pixels
 * @param imageHeight the original image's height in pixels
 * @param tensors the named arrays (for SAM2: image_embed, high_res_feats_0, high_res_feats_1)
 * @param timings how long pre-processing and encoding took when it was made (loading time as encodeMs when it was
 *                read from the disk cache)
 */
public record ImageEmbedding(String modelId, String imageHash, int imageWidth, int imageHeight,
                             List<EmbeddingTensor> tensors, StageTimings timings) {

    public ImageEmbedding {
        if (modelId == null || modelId.isBlank() || imageHash == null || imageHash.isBlank()) {
            throw new IllegalArgumentException("image embedding: model id and image hash are required");
        }
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("image embedding: image size " + imageWidth + "x" + imageHeight
                    + " is empty");
        }
        tensors = List.copyOf(tensors);
        timings = timings == null ? StageTimings.ZERO : timings;
    }

    /** The tensor with this name, if present. */
    public Optional<EmbeddingTensor> tensor(String name) {
        return tensors.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The tensor with this name; fails clearly when it is missing. */
    public EmbeddingTensor require(String name) {
        return tensor(name).orElseThrow(() -> new IllegalArgumentException("image embedding of model " + modelId
                + " has no tensor '" + name + "'"));
    }

    /** Bytes of Java memory the tensors take (what the memory cache counts). */
    public long byteSize() {
        long n = 0;
        for (EmbeddingTensor t : tensors) {
            n += t.byteSize();
        }
        return n;
    }

    /** The same embedding with other timings. */
    public ImageEmbedding withTimings(StageTimings t) {
        return new ImageEmbedding(modelId, imageHash, imageWidth, imageHeight, tensors, t);
    }
}
