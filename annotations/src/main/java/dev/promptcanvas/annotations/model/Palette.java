package dev.promptcanvas.annotations.model;

/** Default label colours: a fixed, well-separated palette picked by a stable hash of the name. */
public final class Palette {

    private static final String[] COLORS = {
        "#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0", "#f032e6",
        "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#fffac8", "#800000", "#aaffc3",
        "#808000", "#ffd8b1", "#000075", "#808080"
    };

    private Palette() {
    }

    public static String colorFor(String name) {
        int h = 0;
        for (int i = 0; i < name.length(); i++) {
            h = 31 * h + name.charAt(i);
        }
        return COLORS[Math.floorMod(h, COLORS.length)];
    }
}
