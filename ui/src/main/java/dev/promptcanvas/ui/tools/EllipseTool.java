package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;

/** Drag the bounding box of an ellipse. */
public final class EllipseTool extends DragTool {

    public EllipseTool(ToolContext context) {
        super(context);
    }

    @Override
    public ToolId id() {
        return ToolId.ELLIPSE;
    }

    @Override
    Geometry shape(double x1, double y1, double x2, double y2) {
        return bigEnough(x1, y1, x2, y2) ? Ellipse.inscribedIn(Box.ofCorners(x1, y1, x2, y2)) : null;
    }

    @Override
    void finish(Geometry shape) {
        context.create(shape);
    }

    @Override
    PreviewShape.Style style() {
        return PreviewShape.Style.SHAPE;
    }
}
