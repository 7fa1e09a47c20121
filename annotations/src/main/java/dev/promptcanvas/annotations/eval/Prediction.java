package dev.promptcanvas.annotations.eval;

import java.util.List;

/**
 * One prediction line: {@code id} and {@code extracted_predictions}, each entry a list of numbers (4 for a box,
 * 2 for a point, 0 for the {@code [[]]} "no target" answer).
 *
 * @param line     1-based line number in its file
 * @param id       the item id
 * @param entries  the entries, in file order
 */
public record Prediction(int line, ItemId id, List<double[]> entries) {

    /** Whether this answers "no target" as RexSeek reads it: no entry, or an empty first entry. */
    public boolean rejects() {
        return entries.isEmpty() || entries.get(0).length == 0;
    }
}
