package dev.promptcanvas.annotations.eval;

import java.util.List;

/** Box or point predictions, with the per-item metric keys each mode reports (RexSeek's names). */
public enum EvalMode {
    /** Boxes matched by IoU over ten thresholds. */
    BOX("box", List.of("recall_50", "recall_mean", "precision_50", "precision_mean", "density_f1_50",
            "density_f1_mean")),
    /** Points matched against GT masks. */
    POINT("point", List.of("recall", "precision", "density_f1"));

    private final String id;
    private final List<String> keys;

    EvalMode(String id, List<String> keys) {
        this.id = id;
        this.keys = keys;
    }

    /** "box" or "point". */
    public String id() {
        return id;
    }

    /** The metric keys, in report order. */
    public List<String> keys() {
        return keys;
    }
}
