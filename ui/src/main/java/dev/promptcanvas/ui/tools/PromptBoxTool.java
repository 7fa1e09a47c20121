package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.prompt.BoxPrompt;

/** Drag a box around the object as a prompt for the segmenter. */
public final class PromptBoxTool extends DragTool {

    public PromptBoxTool(ToolContext context) {
        super(context);
    }

    @Override
    public ToolId id() {
        return ToolId.PROMPT_BOX;
    }

    @Override
    Geometry shape(double x1, double y1, double x2, double y2) {
        return bigEnough(x1, y1, x2, y2) ? Box.ofCorners(x1, y1, x2, y2) : null;
    }

    @Override
    void finish(Geometry shape) {
        context.prompt(new BoxPrompt((Box) shape));
    }

    @Override
    PreviewShape.Style style() {
        return PreviewShape.Style.PROMPT;
    }
}
