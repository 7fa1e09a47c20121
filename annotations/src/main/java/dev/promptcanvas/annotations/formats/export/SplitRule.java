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

        private static final java.util.List<String> DEFAULT_NAMES = java.util.List.of("train", "val", "test");

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

        /**
         * Reads {@code train=0.8,val=0.2}, or bare ratios {@code 0.8,0.1,0.1} named train, val, test (then split4,
         * ...). Throws IllegalArgumentException saying which part is wrong.
         */
        public static Ratios parse(String spec, long seed) {
            Map<String, Double> ratios = new LinkedHashMap<>();
            String[] parts = spec.split(",");
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].trim();
                int eq = part.indexOf('=');
                String name = eq >= 0 ? part.substring(0, eq).trim()
                        : i < DEFAULT_NAMES.size() ? DEFAULT_NAMES.get(i) : "split" + (i + 1);
                String value = eq >= 0 ? part.substring(eq + 1).trim() : part;
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("split ratios '" + spec + "': part " + (i + 1) + " has no name");
                }
                double ratio;
                try {
                    ratio = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("split ratios '" + spec + "': '" + value + "' is not a number");
                }
                if (ratios.put(name, ratio) != null) {
                    throw new IllegalArgumentException("split ratios '" + spec + "': '" + name + "' is named twice");
                }
            }
            try {
                return new Ratios(ratios, seed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("split ratios '" + spec + "': " + e.getMessage(), e);
            }
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
