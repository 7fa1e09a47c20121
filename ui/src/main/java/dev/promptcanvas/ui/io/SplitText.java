package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.export.SplitRule;

/** Reads the export dialog's split text, {@code train=0.8,val=0.2} or {@code 0.8,0.2} (train, val, test). */
final class SplitText {

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
        return SplitRule.Ratios.parse(spec, seed);
    }
}
