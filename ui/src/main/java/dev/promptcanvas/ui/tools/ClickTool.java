package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.prompt.PointPrompt;

/** A click makes a point annotation, or a positive/negative point prompt. Right-click inverts a prompt's sign. */
public final class ClickTool implements Tool {

    private final ToolContext context;
    private final ToolId id;

    public ClickTool(ToolContext context, ToolId id) {
        if (id != ToolId.POINT && id != ToolId.PROMPT_POSITIVE && id != ToolId.PROMPT_NEGATIVE) {
            throw new IllegalArgumentException("not a click tool: " + id);
        }
        this.context = context;
        this.id = id;
    }

    @Override
    public ToolId id() {
        return id;
    }

    @Override
    public void released(ToolInput e) {
        if (e.x() < 0 || e.y() < 0 || e.x() > context.imageWidth() || e.y() > context.imageHeight()) {
            context.status("Click inside the image");
            return;
        }
        if (id == ToolId.POINT) {
            context.create(new Point(e.x(), e.y()));
        } else {
            boolean positive = (id == ToolId.PROMPT_POSITIVE) != e.secondary();
            context.prompt(new PointPrompt(e.x(), e.y(), positive));
        }
    }
}
