package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.edit.Handle;
import dev.promptcanvas.annotations.edit.HitTest;
import dev.promptcanvas.annotations.edit.PolygonEdits;
import dev.promptcanvas.annotations.edit.ShapeHandles;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import java.util.List;
import java.util.Optional;

/**
 * Select and edit: click selects the topmost shape under the pointer; drag a handle to resize or move a vertex;
 * drag the body to move; double-click a polygon edge to insert a vertex; Delete on a hovered vertex removes it.
 * Locked annotations (attribute {@code locked=true}) are selected but not changed.
 */
public final class SelectTool implements Tool {

    private static final double HANDLE_SCREEN_PX = 7;
    private final ToolContext context;
    private Annotation editing;
    private Handle handle;
    private double startX;
    private double startY;
    private Geometry current;
    private Handle hovered;

    public SelectTool(ToolContext context) {
        this.context = context;
    }

    @Override
    public ToolId id() {
        return ToolId.SELECT;
    }

    public static boolean isLocked(Annotation a) {
        return "true".equals(a.attributes().get("locked"));
    }

    @Override
    public void pressed(ToolInput e) {
        double tolerance = HANDLE_SCREEN_PX * context.pixelsPerScreenPixel();
        startX = e.x();
        startY = e.y();
        current = null;
        Optional<Annotation> selected = context.selected();
        if (selected.isPresent() && !isLocked(selected.get())) {
            Optional<Handle> h = ShapeHandles.hit(selected.get().geometry(), e.x(), e.y(), tolerance);
            if (h.isPresent()) {
                editing = selected.get();
                handle = h.get();
                return;
            }
        }
        handle = null;
        editing = topmostAt(e.x(), e.y(), tolerance);
        if (editing != null) {
            context.select(editing);
            if (isLocked(editing)) {
                editing = null;
            }
        } else {
            context.select(null);
        }
    }

    @Override
    public void dragged(ToolInput e) {
        if (editing == null) {
            return;
        }
        Geometry original = editing.geometry();
        current = handle != null ? ShapeHandles.drag(original, handle, e.x(), e.y())
                : original.translate(e.x() - startX, e.y() - startY);
        context.repaint();
    }

    @Override
    public void released(ToolInput e) {
        if (editing != null && e.clickCount() >= 2 && editing.geometry() instanceof Polygon p) {
            double tolerance = HANDLE_SCREEN_PX * context.pixelsPerScreenPixel();
            PolygonEdits.nearestEdge(p, e.x(), e.y(), tolerance).ifPresent(edge -> context.update(editing,
                    PolygonEdits.insertVertex(p, edge.part(), edge.ring(), edge.index(), edge.x(), edge.y())));
        } else if (editing != null && current != null && !current.equals(editing.geometry())) {
            context.update(editing, current);
        }
        editing = null;
        handle = null;
        current = null;
        context.repaint();
    }

    @Override
    public void moved(ToolInput e) {
        Handle before = hovered;
        hovered = context.selected()
                .flatMap(a -> ShapeHandles.hit(a.geometry(), e.x(), e.y(),
                        HANDLE_SCREEN_PX * context.pixelsPerScreenPixel()))
                .orElse(null);
        if (before != hovered) {
            context.repaint();
        }
    }

    @Override
    public boolean key(ToolKey key) {
        if (key == ToolKey.ESCAPE && current != null) {
            cancel();
            return true;
        }
        Optional<Annotation> selected = context.selected();
        if ((key == ToolKey.DELETE || key == ToolKey.BACKSPACE) && hovered != null
                && hovered.kind() == Handle.Kind.VERTEX && selected.isPresent() && !isLocked(selected.get())
                && selected.get().geometry() instanceof Polygon p) {
            Optional<Polygon> smaller = PolygonEdits.deleteVertex(p, hovered.part(), hovered.ring(), hovered.index());
            if (smaller.isEmpty()) {
                context.status("A polygon ring keeps at least three vertices");
            } else {
                context.update(selected.get(), smaller.get());
            }
            hovered = null;
            return true;
        }
        return false;
    }

    /** The geometry being dragged, shown instead of the stored one until release. */
    public Optional<Annotation> inProgress() {
        return editing != null && current != null ? Optional.of(editing.withGeometry(current)) : Optional.empty();
    }

    @Override
    public List<PreviewShape> preview() {
        return current == null ? List.of() : List.of(new PreviewShape(current, PreviewShape.Style.SHAPE));
    }

    @Override
    public void cancel() {
        editing = null;
        handle = null;
        current = null;
        context.repaint();
    }

    private Annotation topmostAt(double x, double y, double tolerance) {
        List<Annotation> all = context.annotations();
        Annotation best = null;
        double bestArea = Double.POSITIVE_INFINITY;
        for (int i = all.size() - 1; i >= 0; i--) {
            Annotation a = all.get(i);
            if (HitTest.hits(a.geometry(), x, y, tolerance)) {
                double area = a.geometry().bounds().area();
                if (area < bestArea) {
                    best = a;
                    bestArea = area;
                }
            }
        }
        return best;
    }
}
