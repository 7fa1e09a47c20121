package dev.promptcanvas.annotations.prompt;

/** One gesture a person made to tell a model what they mean, in image pixel coordinates. */
public sealed interface Prompt permits PointPrompt, BoxPrompt, ScribblePrompt, ArrowPrompt, MaskPrompt, TextPrompt {

    /** The short, stable name of this kind of prompt ("point", "box", ...), as stored. */
    String kind();
}
