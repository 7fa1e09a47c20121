package dev.promptcanvas.inference.segment;

/** A prompt a segmenter cannot use (empty, outside the image, an unsupported kind); the message says which. */
public class PromptException extends IllegalArgumentException {

    public PromptException(String message) {
        super(message);
    }
}
