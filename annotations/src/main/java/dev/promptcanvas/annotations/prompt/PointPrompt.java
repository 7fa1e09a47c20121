package dev.promptcanvas.annotations.prompt;

import dev.promptcanvas.annotations.geometry.Point;

/** A click: positive (this belongs to the object) or negative (this does not). */
public record PointPrompt(double x, double y, boolean positive) implements Prompt {

    public PointPrompt {
        new Point(x, y);
    }

    public Point point() {
        return new Point(x, y);
    }

    @Override
    public String kind() {
        return "point";
    }
}
