package dev.promptcanvas.annotations.prompt;

import dev.promptcanvas.annotations.geometry.Box;

/** A box drawn around the object. */
public record BoxPrompt(Box box) implements Prompt {

    public BoxPrompt {
        if (box == null) {
            throw new IllegalArgumentException("box prompt: box is required");
        }
    }

    @Override
    public String kind() {
        return "box";
    }
}
