package dev.promptcanvas.inference.render;

/** ViP-LLaVA's eight visual-prompt shapes and the words that refer to them ({@code words_shape}). */
public enum VipShape {
    RECTANGLE("rectangle", "within"),
    ELLIPSE("ellipse", "within"),
    TRIANGLE("triangle", "with"),
    POINT("point", "at"),
    SCRIBBLE("scribble", "with"),
    MASK_CONTOUR("mask contour", "with"),
    MASK("mask", "with"),
    ARROW("arrow", "pointed to by");

    private final String noun;
    private final String preposition;

    VipShape(String noun, String preposition) {
        this.noun = noun;
        this.preposition = preposition;
    }

    /** The shape's name as ViP-LLaVA writes it ("mask contour", "arrow", ...). */
    public String noun() {
        return noun;
    }

    /** The words before "the" ("within", "with", "at", "pointed to by"). */
    public String preposition() {
        return preposition;
    }

    /** The phrase that refers to a mark of this shape, e.g. "within the red rectangle", "pointed to by the lime arrow". */
    public String phrase(String colorName) {
        return preposition + " the " + (colorName == null || colorName.isBlank() ? "" : colorName + " ") + noun;
    }
}
