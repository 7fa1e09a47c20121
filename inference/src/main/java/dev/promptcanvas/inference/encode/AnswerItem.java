package dev.promptcanvas.inference.encode;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.util.List;

/**
 * One grounded thing found in a model's answer.
 *
 * @param phrase  the words it grounds ("" when the format has none)
 * @param indexes 0-based indexes into the candidate boxes or regions it refers to (ChatRex/RexSeek {@code <objN>} as
 *                is; Osprey {@code regionN} and MDVP {@code <Region N>} minus one)
 * @param boxes   boxes in absolute pixels of the original image (normalised 0..1 when no image size was given)
 * @param points  points, same convention
 * @param start   start of the item's phrase in {@link ParsedAnswer#text()} (-1 when it has no place there)
 * @param end     end (exclusive)
 */
public record AnswerItem(String phrase, List<Integer> indexes, List<Box> boxes, List<Point> points, int start,
                         int end) {

    public AnswerItem {
        phrase = phrase == null ? "" : phrase;
        indexes = List.copyOf(indexes);
        boxes = List.copyOf(boxes);
        points = List.copyOf(points);
    }
}
