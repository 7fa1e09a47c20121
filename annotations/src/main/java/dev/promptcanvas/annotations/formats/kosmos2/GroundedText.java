package dev.promptcanvas.annotations.formats.kosmos2;

import java.util.List;

/**
 * A caption without markup and its grounded phrases: {@code text.substring(start, end)} is the phrase; each box is
 * a pair of patch indexes {ul, lr}.
 */
record GroundedText(String text, List<Phrase> phrases) {

    /** One phrase and the boxes of its {@code <object>}. */
    record Phrase(int start, int end, List<int[]> boxes) {
    }
}
