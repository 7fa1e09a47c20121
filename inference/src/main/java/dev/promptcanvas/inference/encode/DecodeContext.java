package dev.promptcanvas.inference.encode;

import dev.promptcanvas.annotations.geometry.Box;
import java.util.List;

/**
 * What a parser may know besides the answer: the original image's size (to turn model coordinates into pixels,
 * and to clip) and the candidate boxes or regions the prompt listed (to check indexes and resolve them to boxes).
 * Both are optional.
 */
public record DecodeContext(ImageSize imageSize, List<Box> candidates, int regionCount) {

    public DecodeContext {
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
        regionCount = Math.max(regionCount, candidates.size());
    }

    public static DecodeContext none() {
        return new DecodeContext(null, List.of(), 0);
    }

    public static DecodeContext of(ImageSize size) {
        return new DecodeContext(size, List.of(), 0);
    }

    public static DecodeContext of(ImageSize size, List<Box> candidates) {
        return new DecodeContext(size, candidates, candidates == null ? 0 : candidates.size());
    }

    /** Whether the number of regions/candidates is known (so indexes can be checked). */
    public boolean knowsRegionCount() {
        return regionCount > 0;
    }
}
