package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.function.Supplier;

/**
 * One mask a segmenter proposes: the full-size mask, its score and its 256×256 low-resolution logits. Segmenters
 * make the best candidate's mask at once and the others' on first use (upsampling a mask costs a few ms; the
 * user usually keeps the best one). Thread-safe.
 */
public final class MaskCandidate {

    /** Side of the low-resolution logits. */
    public static final int LOW_RES = 256;

    private final float score;
    private final float[] lowResLogits;
    private Supplier<Rle> maker;
    private Rle mask;

    /**
     * @param mask the binary mask at the full image size
     * @param score the model's predicted IoU (SAM2) or the classical segmenter's boundary-contrast score, in [0, 1]
     * @param lowResLogits 256×256 row-major logits; feed them back as {@code previousLowResLogits} to refine
     */
    public MaskCandidate(Rle mask, float score, float[] lowResLogits) {
        this(score, lowResLogits, null);
        if (mask == null) {
            throw new IllegalArgumentException("mask candidate: mask is required");
        }
        this.mask = mask;
    }

    private MaskCandidate(float score, float[] lowResLogits, Supplier<Rle> maker) {
        if (lowResLogits == null || lowResLogits.length != LOW_RES * LOW_RES) {
            throw new IllegalArgumentException("mask candidate: low-res logits must hold 256x256 values");
        }
        this.score = score;
        this.lowResLogits = lowResLogits;
        this.maker = maker;
    }

    /** A candidate whose mask is made from the low-res logits on first use. */
    static MaskCandidate lazy(float score, float[] lowResLogits, Supplier<Rle> maker) {
        return new MaskCandidate(score, lowResLogits, maker);
    }

    /** The binary mask at the full image size (made now if it was deferred). */
    public synchronized Rle mask() {
        if (mask == null) {
            mask = maker.get();
            maker = null;
        }
        return mask;
    }

    public float score() {
        return score;
    }

    /** The 256×256 row-major logits (shared, treat as read-only). */
    public float[] lowResLogits() {
        return lowResLogits;
    }

    /** Makes the mask now if it was deferred (e.g. on a background thread before the user cycles to it). */
    public MaskCandidate materialize() {
        mask();
        return this;
    }
}
