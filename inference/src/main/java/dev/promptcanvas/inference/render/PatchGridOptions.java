package dev.promptcanvas.inference.render;

/**
 * How a region becomes a ViT patch grid (FALIP-style attention mask).
 *
 * @param gridSize   patches per side (24 for a 336 px input with 14 px patches, 16 for 224/14)
 * @param threshold  share of a patch the region must cover for the patch to be on (0 &lt; t &lt;= 1); the patch
 *                   with the largest share is always on for a non-empty region
 * @param centerCrop map the image as CLIP's preprocessing does (shorter side resized, centre crop) instead of
 *                   stretching the whole image onto the grid
 */
public record PatchGridOptions(int gridSize, double threshold, boolean centerCrop) {

    public PatchGridOptions {
        if (gridSize < 1 || gridSize > 1024) {
            throw new IllegalArgumentException("patch grid: size must be within 1..1024, got " + gridSize);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("patch grid: threshold must be within (0, 1], got " + threshold);
        }
    }

    /** 24 x 24 (ViT-L/14 at 336 px), half coverage, stretched. */
    public static PatchGridOptions defaults() {
        return new PatchGridOptions(24, 0.5, false);
    }
}
