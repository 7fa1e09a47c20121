package dev.promptcanvas.annotations.eval;

import dev.promptcanvas.annotations.mask.Rle;
import java.util.List;

/**
 * One HumanRef ground-truth line.
 *
 * @param line          1-based line number in its file
 * @param id            the item id
 * @param domain        {@code domain}; "rejection" marks rejection items
 * @param subDomain     {@code sub_domain}, or null when a rejection line has none
 * @param persons       the number of {@code candidate_boxes}
 * @param answerBoxes   {@code answer_boxes}, each {x1, y1, x2, y2}
 * @param answerMasks   {@code answer_segmentations} decoded, or null when not read (box mode)
 */
public record GroundTruthItem(int line, ItemId id, String domain, String subDomain, int persons,
        List<double[]> answerBoxes, List<Rle> answerMasks) {

    /** The domain name that marks rejection items. */
    public static final String REJECTION = "rejection";

    /** Whether this is a rejection item (domain exactly "rejection"). */
    public boolean isRejection() {
        return REJECTION.equals(domain);
    }
}
