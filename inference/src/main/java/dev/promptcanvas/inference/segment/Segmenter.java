package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.prompt.Prompt;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Interactive segmentation: encode an image once (cached), then decode any number of prompt sets against it.
 * Implementations are thread-safe (calls are serialised per stage) and hold native resources: close them.
 */
public interface Segmenter extends AutoCloseable {

    /** The id recorded in prompt records and used as the embedding cache key (e.g. "sam2.1-tiny", "classic"). */
    String modelId();

    /** Where it runs ("cpu", "gpu:0", ...). */
    String device();

    /**
     * Encodes an image, or returns its cached embedding.
     *
     * @param imageHash the image's content hash (the cache key together with {@link #modelId()})
     */
    ImageEmbedding encode(BufferedImage image, String imageHash);

    /**
     * Segments with the given prompts (image pixel coordinates).
     *
     * @param previousLowResLogits 256×256 logits of the candidate chosen in the previous pass to refine it, or null
     * @throws PromptException when the prompts are empty, outside the image or of an unsupported kind
     */
    SegmentationResult decode(ImageEmbedding embedding, List<Prompt> prompts, float[] previousLowResLogits);

    @Override
    void close();
}
