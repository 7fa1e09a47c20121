package dev.promptcanvas.annotations.prompt;

import dev.promptcanvas.annotations.geometry.Polyline;

/** A free-hand stroke over the object (positive) or over what is not the object (negative). */
public record ScribblePrompt(Polyline stroke, boolean positive) implements Prompt {

    public ScribblePrompt {
        if (stroke == null) {
            throw new IllegalArgumentException("scribble prompt: stroke is required");
        }
    }

    @Override
    public String kind() {
        return "scribble";
    }
}
