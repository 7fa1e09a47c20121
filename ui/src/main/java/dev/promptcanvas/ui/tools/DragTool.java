package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.geometry.Geometry;
import java.util.List;

/** A tool that makes one shape from a press-drag-release: subclasses say which shape and what to do with it. */
abstract class DragTool implements Tool {

    protected final ToolContext context;
    private double startX;
    private double startY;
    private Geometry current;

    DragTool(ToolContext context) {
        this.context = context;
    }

    /** The shape for a drag from (x1, y1) to (x2, y2), or null while it is too small. */
    abstract Geometry shape(double x1, double y1, double x2, double y2);

    abstract void finish(Geometry shape);

    abstract PreviewShape.Style style();

    @Override
    public void pressed(ToolInput e) {
        startX = clampX(e.x());
        startY = clampY(e.y());
        current = null;
    }

    @Override
    public void dragged(ToolInput e) {
        current = shape(startX, startY, clampX(e.x()), clampY(e.y()));
        context.repaint();
    }

    @Override
    public void released(ToolInput e) {
        Geometry done = shape(startX, startY, clampX(e.x()), clampY(e.y()));
        current = null;
        if (done != null) {
            finish(done);
        }
        context.repaint();
    }

    @Override
    public boolean key(ToolKey key) {
        if (key == ToolKey.ESCAPE && current != null) {
            cancel();
            return true;
        }
        return false;
    }

    @Override
    public List<PreviewShape> preview() {
        return current == null ? List.of() : List.of(new PreviewShape(current, style()));
    }

    @Override
    public void cancel() {
        current = null;
        context.repaint();
    }

    double clampX(double x) {
        return Math.max(0, Math.min(context.imageWidth(), x));
    }

    double clampY(double y) {
        return Math.max(0, Math.min(context.imageHeight(), y));
    }

    /** At least one image pixel and two screen pixels across, so a stray click makes nothing. */
    boolean bigEnough(double x1, double y1, double x2, double y2) {
        double min = Math.max(1, 2 * context.pixelsPerScreenPixel());
        return Math.abs(x2 - x1) >= min && Math.abs(y2 - y1) >= min;
    }
}
