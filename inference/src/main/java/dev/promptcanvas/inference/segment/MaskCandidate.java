package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.mask.Rle;

/**
 * One mask a segmenter proposes.
 *
 * @param mask the binary mask at the full image size
 * @param score the model's predicted IoU (SAM2) or the classical segmenter's boundary-contrast score, in [0, 1]
 * @param lowResLogits 256×256 row-major logits; feed them back as {@code previousLowResLogits} to refine
 */
public record MaskCandidate(Rle mask, float score, float[] lowResLogits) {

    /** Side of the low-resolution logits. */
    public static final int LOW_RES = 256;

    public MaskCandidate {
        if (mask == null) {
            throw new IllegalArgumentException("mask candidate: mask is required");
        }
        if (lowResLogits == null || lowResLogits.length != LOW_RES * LOW_RES) {
            throw new IllegalArgumentException("mask candidate: low-res logits must hold 256x256 values");
        }
    }
}
