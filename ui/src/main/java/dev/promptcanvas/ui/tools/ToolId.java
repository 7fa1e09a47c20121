package dev.promptcanvas.ui.tools;

/** Every tool, with its label and default key. */
public enum ToolId {
    SELECT("Select / edit", "V", "mdi2c-cursor-default-outline"),
    BOX("Box", "B", "mdi2v-vector-rectangle"),
    POLYGON("Polygon", "P", "mdi2v-vector-polygon"),
    ELLIPSE("Ellipse", "O", "mdi2v-vector-ellipse"),
    POINT("Point", "T", "mdi2v-vector-point"),
    POLYLINE("Polyline", "L", "mdi2v-vector-polyline"),
    ARROW("Arrow", "W", "mdi2a-arrow-top-right"),
    BRUSH("Brush", "R", "mdi2b-brush"),
    ERASER("Eraser", "E", "mdi2e-eraser"),
    PROMPT_POSITIVE("Positive point prompt", "G", "mdi2p-plus-circle"),
    PROMPT_NEGATIVE("Negative point prompt", "H", "mdi2m-minus-circle"),
    PROMPT_BOX("Prompt box", "X", "mdi2s-selection-drag"),
    SCRIBBLE_POSITIVE("Positive scribble", "S", "mdi2d-draw"),
    SCRIBBLE_NEGATIVE("Negative scribble", "Shift+S", "mdi2d-draw-pen"),
    PROMPT_ARROW("Prompt arrow", "K", "mdi2a-arrow-bottom-right-thick");

    private final String label;
    private final String defaultKey;
    private final String icon;

    ToolId(String label, String defaultKey, String icon) {
        this.label = label;
        this.defaultKey = defaultKey;
        this.icon = icon;
    }

    /** Ikonli Material Design 2 icon literal. */
    public String icon() {
        return icon;
    }

    public String label() {
        return label;
    }

    public String defaultKey() {
        return defaultKey;
    }

    public boolean isPrompt() {
        return name().startsWith("PROMPT") || name().startsWith("SCRIBBLE");
    }
}
