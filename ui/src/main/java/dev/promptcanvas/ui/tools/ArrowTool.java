package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.prompt.ArrowPrompt;

/** Drag from tail to head: an arrow annotation, or (as the prompt arrow) an arrow prompt. */
public final class ArrowTool extends DragTool {

    private final boolean prompt;

    public ArrowTool(ToolContext context, boolean prompt) {
        super(context);
        this.prompt = prompt;
    }

    @Override
    public ToolId id() {
        return prompt ? ToolId.PROMPT_ARROW : ToolId.ARROW;
    }

    @Override
    Geometry shape(double x1, double y1, double x2, double y2) {
        double min = Math.max(1, 3 * context.pixelsPerScreenPixel());
        return Math.hypot(x2 - x1, y2 - y1) >= min ? new Arrow(new Point(x1, y1), new Point(x2, y2)) : null;
    }

    @Override
    void finish(Geometry shape) {
        if (prompt) {
            context.prompt(new ArrowPrompt((Arrow) shape));
        } else {
            context.create(shape);
        }
    }

    @Override
    PreviewShape.Style style() {
        return prompt ? PreviewShape.Style.PROMPT : PreviewShape.Style.SHAPE;
    }
}
