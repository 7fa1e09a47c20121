package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import java.util.ArrayList;
import java.util.List;

/**
 * Click vertices one by one. Polygon: closes on a click near the first vertex, on Enter or on a double click
 * (at least three vertices). Polyline: finishes on Enter or a double click (at least two). Backspace removes the
 * last vertex, Esc drops the shape.
 */
public final class VertexTool implements Tool {

    private static final double CLOSE_DISTANCE_SCREEN_PX = 8;
    private final ToolContext context;
    private final boolean polygon;
    private final List<double[]> vertices = new ArrayList<>();
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;

    public VertexTool(ToolContext context, boolean polygon) {
        this.context = context;
        this.polygon = polygon;
    }

    @Override
    public ToolId id() {
        return polygon ? ToolId.POLYGON : ToolId.POLYLINE;
    }

    @Override
    public void released(ToolInput e) {
        double x = Math.max(0, Math.min(context.imageWidth(), e.x()));
        double y = Math.max(0, Math.min(context.imageHeight(), e.y()));
        if (e.clickCount() >= 2) {
            finish();
            return;
        }
        if (polygon && vertices.size() >= 3) {
            double[] first = vertices.get(0);
            double closeDistance = CLOSE_DISTANCE_SCREEN_PX * context.pixelsPerScreenPixel();
            if (Math.hypot(first[0] - x, first[1] - y) <= closeDistance) {
                finish();
                return;
            }
        }
        vertices.add(new double[] {x, y});
        context.repaint();
    }

    @Override
    public void moved(ToolInput e) {
        hoverX = e.x();
        hoverY = e.y();
        if (!vertices.isEmpty()) {
            context.repaint();
        }
    }

    @Override
    public boolean key(ToolKey key) {
        if (vertices.isEmpty()) {
            return false;
        }
        switch (key) {
            case ENTER -> finish();
            case ESCAPE -> cancel();
            case BACKSPACE -> {
                vertices.remove(vertices.size() - 1);
                context.repaint();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<PreviewShape> preview() {
        List<PreviewShape> out = new ArrayList<>();
        List<double[]> pts = new ArrayList<>(vertices);
        if (!pts.isEmpty() && !Double.isNaN(hoverX)) {
            pts.add(new double[] {hoverX, hoverY});
        }
        if (pts.size() >= 2) {
            out.add(new PreviewShape(Polyline.of(flat(pts)), PreviewShape.Style.SHAPE));
        }
        for (double[] v : vertices) {
            out.add(new PreviewShape(new Point(v[0], v[1]), PreviewShape.Style.SHAPE));
        }
        return out;
    }

    @Override
    public void cancel() {
        vertices.clear();
        context.repaint();
    }

    /** Number of vertices placed so far. */
    public int vertexCount() {
        return vertices.size();
    }

    private void finish() {
        int needed = polygon ? 3 : 2;
        if (vertices.size() < needed) {
            context.status((polygon ? "A polygon" : "A polyline") + " needs at least " + needed + " vertices");
            return;
        }
        Geometry g = polygon ? Polygon.of(flat(vertices)) : Polyline.of(flat(vertices));
        vertices.clear();
        context.create(g);
        context.repaint();
    }

    private static double[] flat(List<double[]> pts) {
        double[] xy = new double[pts.size() * 2];
        for (int i = 0; i < pts.size(); i++) {
            xy[2 * i] = pts.get(i)[0];
            xy[2 * i + 1] = pts.get(i)[1];
        }
        return xy;
    }
}
