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
    private float[] lowResLogits;
    /** Where the logits are until first asked for: a decoder output holding every candidate, and the offset. */
    private float[] source;
    private int offset;
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

    private MaskCandidate(float score, float[] output, int offset, Supplier<Rle> maker) {
        if (offset < 0 || offset + LOW_RES * LOW_RES > output.length) {
            throw new IllegalArgumentException("mask candidate: low-res logits at " + offset + " overrun the output");
        }
        this.score = score;
        this.source = output;
        this.offset = offset;
        this.maker = maker;
    }

    /** A candidate whose mask is made from the low-res logits on first use. */
    static MaskCandidate lazy(float score, float[] lowResLogits, Supplier<Rle> maker) {
        return new MaskCandidate(score, lowResLogits, maker);
    }

    /**
     * A candidate whose logits are the 256×256 values at {@code offset} of a decoder output (copied out on first
     * use) and whose mask is made from them on first use.
     */
    static MaskCandidate lazy(float score, float[] output, int offset, Supplier<Rle> maker) {
        return new MaskCandidate(score, output, offset, maker);
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
    public synchronized float[] lowResLogits() {
        if (lowResLogits == null) {
            lowResLogits = java.util.Arrays.copyOfRange(source, offset, offset + LOW_RES * LOW_RES);
            source = null;
        }
        return lowResLogits;
    }

    /** Makes the mask now if it was deferred (e.g. on a background thread before the user cycles to it). */
    public MaskCandidate materialize() {
        mask();
        return this;
    }
}
