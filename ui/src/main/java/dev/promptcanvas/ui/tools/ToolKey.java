package dev.promptcanvas.ui.tools;

/** The keys tools react to. */
public enum ToolKey {
    ENTER, ESCAPE, BACKSPACE, DELETE, BRUSH_SMALLER, BRUSH_LARGER
}
