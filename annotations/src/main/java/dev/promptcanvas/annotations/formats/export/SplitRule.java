package dev.promptcanvas.annotations.formats.export;

import java.util.LinkedHashMap;
import java.util.Map;

/** How images are divided into train/val/test (or any named) splits. */
public sealed interface SplitRule {

    /** No split: one output. */
    record None() implements SplitRule {
    }

    /**
     * Random split by ratio: the images are shuffled with the seed and cut into consecutive runs of exact sizes
     * (largest remainder), so the same project, ratios and seed always give the same split.
     *
     * @param ratios split name → share, in output order; shares are normalised to sum to 1
     */
    record Ratios(Map<String, Double> ratios, long seed) implements SplitRule {
        public Ratios {
            if (ratios.isEmpty()) {
                throw new IllegalArgumentException("split: at least one ratio is needed");
            }
            for (Map.Entry<String, Double> e : ratios.entrySet()) {
                if (e.getKey().isBlank() || !(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                    throw new IllegalArgumentException("split " + e.getKey() + "=" + e.getValue()
                            + ": expected a name and a ratio >= 0");
                }
            }
            if (ratios.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                throw new IllegalArgumentException("split: the ratios sum to 0");
            }
            ratios = new LinkedHashMap<>(ratios);
        }
    }

    /** Split by tag, where an image's tag is its top folder in the project ({@code train/a.jpg} → train). */
    record ByFolder() implements SplitRule {
    }

    /** Split by tag from a list: image path → split name; every exported image must be listed. */
    record ByList(Map<String, String> splitOfPath, String listName) implements SplitRule {
        public ByList {
            splitOfPath = Map.copyOf(splitOfPath);
        }
    }
}
