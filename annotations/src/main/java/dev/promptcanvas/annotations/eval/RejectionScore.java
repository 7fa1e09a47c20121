package dev.promptcanvas.annotations.eval;

/**
 * Rejection items answered with no box.
 *
 * @param correct  RexSeek's {@code rejection_score}: the number answered {@code []}, {@code [[]]} or not at all
 * @param total    the number of rejection items
 */
public record RejectionScore(int correct, int total) {

    /** correct / total, or null with no rejection items. */
    public Double accuracy() {
        return total == 0 ? null : (double) correct / total;
    }
}
