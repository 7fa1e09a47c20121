package dev.promptcanvas.annotations.prompt;

import dev.promptcanvas.annotations.geometry.Arrow;

/** An arrow whose head points at the object. */
public record ArrowPrompt(Arrow arrow) implements Prompt {

    public ArrowPrompt {
        if (arrow == null) {
            throw new IllegalArgumentException("arrow prompt: arrow is required");
        }
    }

    @Override
    public String kind() {
        return "arrow";
    }
}
