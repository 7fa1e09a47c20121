package dev.promptcanvas.annotations.prompt;

import dev.promptcanvas.annotations.geometry.Mask;

/** A mask given as the prompt (a previous result to refine, or a region for a region-captioning model). */
public record MaskPrompt(Mask mask) implements Prompt {

    public MaskPrompt {
        if (mask == null) {
            throw new IllegalArgumentException("mask prompt: mask is required");
        }
    }

    @Override
    public String kind() {
        return "mask";
    }
}
