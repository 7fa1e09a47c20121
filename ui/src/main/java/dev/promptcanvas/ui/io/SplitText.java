package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.export.SplitRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the export dialog's split text, {@code train=0.8,val=0.2} or {@code 0.8,0.2} (train, val, test). */
final class SplitText {

    private static final List<String> DEFAULT_NAMES = List.of("train", "val", "test");

    private SplitText() {
    }

    /** The ratio rule, or an IllegalArgumentException whose message says what is wrong with the text. */
    static SplitRule.Ratios ratios(String text, String seedText) {
        String spec = text == null ? "" : text.trim();
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("Split ratios: enter e.g. train=0.8,val=0.2");
        }
        long seed;
        try {
            seed = Long.parseLong(seedText == null ? "" : seedText.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Split seed: '" + seedText + "' is not a whole number");
        }
        Map<String, Double> ratios = new LinkedHashMap<>();
        String[] parts = spec.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            int eq = part.indexOf('=');
            String name = eq >= 0 ? part.substring(0, eq).trim()
                    : i < DEFAULT_NAMES.size() ? DEFAULT_NAMES.get(i) : "split" + (i + 1);
            String value = eq >= 0 ? part.substring(eq + 1).trim() : part;
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Split ratios '" + spec + "': part " + (i + 1) + " has no name");
            }
            double ratio;
            try {
                ratio = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Split ratios '" + spec + "': '" + value + "' is not a number");
            }
            if (ratios.put(name, ratio) != null) {
                throw new IllegalArgumentException("Split ratios '" + spec + "': '" + name + "' is named twice");
            }
        }
        try {
            return new SplitRule.Ratios(ratios, seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Split ratios '" + spec + "': " + e.getMessage(), e);
        }
    }
}
