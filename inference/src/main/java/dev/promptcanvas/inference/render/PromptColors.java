package dev.promptcanvas.inference.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The colour palettes of the visual-prompt papers, and lookup by name or {@code #rrggbb}. */
public final class PromptColors {

    public static final PromptColor BLACK = PromptColor.of("black", 0, 0, 0);
    public static final PromptColor WHITE = PromptColor.of("white", 255, 255, 255);
    public static final PromptColor RED = PromptColor.of("red", 255, 0, 0);
    /** FGVP's default mask colour ({@code str2rgb('green')}). */
    public static final PromptColor GREEN = PromptColor.of("green", 0, 255, 0);

    /** ViP-LLaVA's {@code color_pool}, in its order. */
    public static final List<PromptColor> VIP = List.of(
            RED,
            PromptColor.of("lime", 0, 255, 0),
            PromptColor.of("blue", 0, 0, 255),
            PromptColor.of("yellow", 255, 255, 0),
            PromptColor.of("fuchsia", 255, 0, 255),
            PromptColor.of("aqua", 0, 255, 255),
            PromptColor.of("orange", 255, 165, 0),
            PromptColor.of("purple", 128, 0, 128),
            PromptColor.of("gold", 255, 215, 0));

    /** FGVP's {@code str2rgb} colours that ViP's pool does not already name. */
    public static final List<PromptColor> FGVP = List.of(
            GREEN,
            PromptColor.of("cyan", 0, 255, 255),
            PromptColor.of("grey", 124, 116, 104),
            PromptColor.of("cpt_red", 240, 0, 30),
            BLACK,
            WHITE);

    /** Set-of-Mark label colours: 20 well-separated hues (Kelly-style), dark and light mixed. */
    public static final List<PromptColor> SOM = List.of(
            PromptColor.of("som-red", 230, 25, 75),
            PromptColor.of("som-green", 60, 180, 75),
            PromptColor.of("som-yellow", 255, 225, 25),
            PromptColor.of("som-blue", 0, 130, 200),
            PromptColor.of("som-orange", 245, 130, 48),
            PromptColor.of("som-purple", 145, 30, 180),
            PromptColor.of("som-cyan", 70, 240, 240),
            PromptColor.of("som-magenta", 240, 50, 230),
            PromptColor.of("som-lime", 210, 245, 60),
            PromptColor.of("som-pink", 250, 190, 212),
            PromptColor.of("som-teal", 0, 128, 128),
            PromptColor.of("som-lavender", 220, 190, 255),
            PromptColor.of("som-brown", 170, 110, 40),
            PromptColor.of("som-beige", 255, 250, 200),
            PromptColor.of("som-maroon", 128, 0, 0),
            PromptColor.of("som-mint", 170, 255, 195),
            PromptColor.of("som-olive", 128, 128, 0),
            PromptColor.of("som-apricot", 255, 215, 180),
            PromptColor.of("som-navy", 0, 0, 128),
            PromptColor.of("som-grey", 128, 128, 128));

    private PromptColors() {
    }

    /** Every named colour, ViP's first. */
    public static List<PromptColor> all() {
        List<PromptColor> all = new ArrayList<>(VIP);
        all.addAll(FGVP);
        all.addAll(SOM);
        return all;
    }

    /** A colour by (case-insensitive) name. */
    public static Optional<PromptColor> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return all().stream().filter(c -> c.name().equals(n)).findFirst();
    }

    /**
     * A colour from a name ("red", "lime", ...) or {@code #rrggbb}; a hex colour is named by its hex string.
     *
     * @throws IllegalArgumentException naming the value and the known names when it is neither
     */
    public static PromptColor parse(String value) {
        if (value != null && value.trim().matches("#[0-9a-fA-F]{6}")) {
            String hex = value.trim().toLowerCase(Locale.ROOT);
            return new PromptColor(hex, Integer.parseInt(hex.substring(1), 16));
        }
        return byName(value).orElseThrow(() -> new IllegalArgumentException("colour '" + value
                + "': expected #rrggbb or one of " + all().stream().map(PromptColor::name).toList()));
    }
}
