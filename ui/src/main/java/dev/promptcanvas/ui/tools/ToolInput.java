package dev.promptcanvas.ui.tools;

/**
 * A pointer event already converted to image pixel coordinates.
 *
 * @param x image x (pixels, continuous)
 * @param y image y
 * @param secondary true for the right button
 * @param shift shift held
 * @param shortcut ctrl (or cmd) held
 * @param clickCount 1 for a click, 2 for a double click
 */
public record ToolInput(double x, double y, boolean secondary, boolean shift, boolean shortcut, int clickCount) {

    public static ToolInput at(double x, double y) {
        return new ToolInput(x, y, false, false, false, 1);
    }
}
