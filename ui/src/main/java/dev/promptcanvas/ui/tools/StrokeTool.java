package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import java.util.ArrayList;
import java.util.List;

/**
 * Free-hand strokes: the brush and eraser paint a disc along the stroke into the selected mask (radius changed with
 * [ and ]); the scribble tools turn the stroke into a positive or negative scribble prompt.
 */
public final class StrokeTool implements Tool {

    private static final double MIN_RADIUS = 1;
    private static final double MAX_RADIUS = 500;
    private final ToolContext context;
    private final ToolId id;
    private final List<Double> points = new ArrayList<>();
    private double radius = 10;
    private double cursorX = Double.NaN;
    private double cursorY = Double.NaN;

    public StrokeTool(ToolContext context, ToolId id) {
        if (id != ToolId.BRUSH && id != ToolId.ERASER && id != ToolId.SCRIBBLE_POSITIVE
                && id != ToolId.SCRIBBLE_NEGATIVE) {
            throw new IllegalArgumentException("not a stroke tool: " + id);
        }
        this.context = context;
        this.id = id;
    }

    @Override
    public ToolId id() {
        return id;
    }

    public double radius() {
        return radius;
    }

    @Override
    public void pressed(ToolInput e) {
        points.clear();
        add(e);
    }

    @Override
    public void dragged(ToolInput e) {
        add(e);
        context.repaint();
    }

    @Override
    public void released(ToolInput e) {
        add(e);
        if (points.size() == 2) {
            points.add(points.get(0) + 0.01);
            points.add(points.get(1));
        }
        Polyline stroke = Polyline.of(points.stream().mapToDouble(Double::doubleValue).toArray());
        points.clear();
        switch (id) {
            case BRUSH -> context.brush(stroke, radius, false);
            case ERASER -> context.brush(stroke, radius, true);
            default -> context.prompt(new ScribblePrompt(stroke, id == ToolId.SCRIBBLE_POSITIVE));
        }
        context.repaint();
    }

    @Override
    public void moved(ToolInput e) {
        cursorX = e.x();
        cursorY = e.y();
        if (isBrush()) {
            context.repaint();
        }
    }

    @Override
    public boolean key(ToolKey key) {
        if (!isBrush()) {
            return false;
        }
        if (key == ToolKey.BRUSH_LARGER) {
            radius = Math.min(MAX_RADIUS, Math.ceil(radius * 1.25));
        } else if (key == ToolKey.BRUSH_SMALLER) {
            radius = Math.max(MIN_RADIUS, Math.floor(radius / 1.25));
        } else {
            return false;
        }
        context.status("Brush radius " + (int) radius + " px");
        context.repaint();
        return true;
    }

    @Override
    public List<PreviewShape> preview() {
        List<PreviewShape> out = new ArrayList<>();
        PreviewShape.Style style = switch (id) {
            case SCRIBBLE_POSITIVE -> PreviewShape.Style.POSITIVE;
            case SCRIBBLE_NEGATIVE -> PreviewShape.Style.NEGATIVE;
            default -> PreviewShape.Style.SHAPE;
        };
        if (points.size() >= 4) {
            out.add(new PreviewShape(Polyline.of(points.stream().mapToDouble(Double::doubleValue).toArray()), style));
        }
        if (isBrush() && !Double.isNaN(cursorX)) {
            out.add(new PreviewShape(Ellipse.circle(cursorX, cursorY, radius), PreviewShape.Style.CURSOR));
        }
        return out;
    }

    @Override
    public void cancel() {
        points.clear();
        context.repaint();
    }

    private boolean isBrush() {
        return id == ToolId.BRUSH || id == ToolId.ERASER;
    }

    private void add(ToolInput e) {
        int n = points.size();
        if (n >= 2 && points.get(n - 2) == e.x() && points.get(n - 1) == e.y()) {
            return;
        }
        points.add(e.x());
        points.add(e.y());
        cursorX = e.x();
        cursorY = e.y();
    }
}
