package dev.promptcanvas.annotations.prompt;

/** A text query ("the man in red", "segment the cup"). */
public record TextPrompt(String text) implements Prompt {

    public TextPrompt {
        if (text == null) {
            throw new IllegalArgumentException("text prompt: text is required");
        }
    }

    @Override
    public String kind() {
        return "text";
    }
}
