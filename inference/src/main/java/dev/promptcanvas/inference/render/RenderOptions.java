package dev.promptcanvas.inference.render;

/**
 * Options shared by every style. Null {@code color} / {@code alpha} mean "the style's own choice" (random for the
 * ViP styles, fixed for the constant ones and FGVP).
 */
public record RenderOptions(long seed, PromptColor color, Integer alpha, FgvpOptions fgvp, SomOptions som,
                            PatchGridOptions patchGrid) {

    public RenderOptions {
        if (alpha != null && (alpha < 0 || alpha > 255)) {
            throw new IllegalArgumentException("alpha must be within 0..255, got " + alpha);
        }
        fgvp = fgvp == null ? FgvpOptions.defaults() : fgvp;
        som = som == null ? SomOptions.defaults() : som;
        patchGrid = patchGrid == null ? PatchGridOptions.defaults() : patchGrid;
    }

    /** Seed 0, style colours, FGVP / Set-of-Mark / patch-grid defaults. */
    public static RenderOptions defaults() {
        return new RenderOptions(0, null, null, null, null, null);
    }

    public RenderOptions withSeed(long s) {
        return new RenderOptions(s, color, alpha, fgvp, som, patchGrid);
    }

    public RenderOptions withColor(PromptColor c) {
        return new RenderOptions(seed, c, alpha, fgvp, som, patchGrid);
    }

    public RenderOptions withAlpha(Integer a) {
        return new RenderOptions(seed, color, a, fgvp, som, patchGrid);
    }

    public RenderOptions withFgvp(FgvpOptions f) {
        return new RenderOptions(seed, color, alpha, f, som, patchGrid);
    }

    public RenderOptions withSom(SomOptions s) {
        return new RenderOptions(seed, color, alpha, fgvp, s, patchGrid);
    }

    public RenderOptions withPatchGrid(PatchGridOptions p) {
        return new RenderOptions(seed, color, alpha, fgvp, som, p);
    }
}
