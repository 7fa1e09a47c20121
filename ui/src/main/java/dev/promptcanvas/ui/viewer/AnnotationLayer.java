package dev.promptcanvas.ui.viewer;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

/**
 * The viewer's annotation layer: a raster of every annotation, repainted as little and as late as possible. An edit
 * repaints the region it touched; a zoom or pan moves the last raster along and repaints once the view settles. With
 * many annotations that repaint is progressive: a few hundred annotations a frame into a second canvas, kept under
 * the (opaque) image layer so Prism rasterises it bit by bit, swapped in when complete, so frames keep coming while
 * thousands of shapes are rasterised. Everything else (a new image, a resize, a big change) repaints at once.
 */
final class AnnotationLayer {

    /** From this many annotations on, the repaint after a zoom or pan is progressive. */
    static final int PROGRESSIVE_MIN = Integer.getInteger("promptcanvas.viewer.progressiveMin", 500);
    /** Annotations painted per frame by a progressive repaint. */
    static final int PER_FRAME = Integer.getInteger("promptcanvas.viewer.progressivePerFrame", 250);
    /** Screen pixels around a repainted region: the widest outline, point marker or dot reaches this far out. */
    private static final double REGION_MARGIN = 10;

    private final Viewport viewport;
    private final OverlayPainter painter;
    private final Runnable requestRepaint;
    private final BiConsumer<Canvas, Canvas> order;
    private final PauseTransition settle = new PauseTransition(Duration.millis(150));
    private final AnimationTimer ticker = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step();
        }
    };
    private Canvas front = new Canvas();
    private Canvas back = new Canvas();
    private List<Annotation> annotations = List.of();
    private Set<Long> hidden = Set.of();
    private LongFunction<Color> colors = id -> Color.ORANGE;
    private LayerChanges.State state = LayerChanges.State.EMPTY;
    private boolean dirty = true;
    private Box pending;
    /** The view the front raster was painted for, and the view of the last paint call. */
    private double[] shown = new double[0];
    private double[] lastView = new double[0];
    private long draggedId = Long.MIN_VALUE;
    private boolean hasImage;
    /** The progressive repaint in flight: its view and the next annotation to paint (-1: none). */
    private double[] jobView;
    private int jobNext = -1;
    private int progressiveRepaints;

    /**
     * @param order puts the two canvases in the scene: the first under the image layer, the second above it
     */
    AnnotationLayer(Viewport viewport, OverlayPainter painter, Runnable requestRepaint,
                    BiConsumer<Canvas, Canvas> order) {
        this.viewport = viewport;
        this.painter = painter;
        this.requestRepaint = requestRepaint;
        this.order = order;
        settle.setOnFinished(e -> settled());
        order.accept(back, front);
    }

    void resize(double w, double h) {
        for (Canvas c : List.of(front, back)) {
            c.setWidth(w);
            c.setHeight(h);
        }
    }

    /** Everything is repainted at the next paint (a new image, a forced repaint). */
    void invalidate() {
        dirty = true;
    }

    /** New annotations, hidden ids or colours: repaints what changed. */
    void update(List<Annotation> list, Set<Long> hiddenIds, LongFunction<Color> categoryColors) {
        LayerChanges.State next = LayerChanges.State.of(list, hiddenIds, categoryColors);
        if (!dirty) {
            if (!Arrays.equals(lastView, shown)) {
                // the raster is being moved along or repainted for a new view, which will paint everything: a
                // repaint in flight starts over with the new list
                if (jobNext >= 0) {
                    start();
                }
            } else {
                LayerChanges.Result change = LayerChanges.between(state, next);
                if (change.all()) {
                    dirty = true;
                } else {
                    pending = LayerChanges.union(pending, change.region());
                }
            }
        }
        state = next;
        annotations = list;
        hidden = hiddenIds;
        colors = categoryColors;
    }

    /** How many progressive repaints completed (tests). */
    int progressiveRepaints() {
        return progressiveRepaints;
    }

    /** Whether a repaint for a new view is still to come (the view has not settled or is being painted). */
    boolean repainting() {
        return settle.getStatus() == javafx.animation.Animation.Status.RUNNING || jobNext >= 0;
    }

    /** Brings the layer up to date for a view {scale, x, y, w, h}; {@code dragged} is left out (the live layer has it). */
    void paint(double[] view, long dragged, boolean imageShown) {
        boolean viewChanged = !Arrays.equals(view, lastView);
        lastView = view;
        hasImage = imageShown;
        double w = view[3];
        double h = view[4];
        boolean sameSize = shown.length == 5 && shown[3] == w && shown[4] == h;
        if (dragged != draggedId) {
            // a drag starts or ends: the dragged annotation moves between this layer and the live one
            pending = LayerChanges.union(LayerChanges.union(pending, boundsOf(draggedId)), boundsOf(dragged));
            draggedId = dragged;
        }
        boolean moved = !Arrays.equals(view, shown);
        if (dirty || !sameSize || moved && pending != null) {
            cancel();
            front.getTransforms().clear();
            GraphicsContext g = front.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            paintRange(g, 0, 0, w, h, 0, annotations.size());
            shown = view;
            dirty = false;
            pending = null;
            settle.stop();
        } else if (pending != null) {
            paintRegion(front.getGraphicsContext2D(), pending, w, h);
            pending = null;
        } else if (moved && (viewChanged || !repainting())) {
            // zooming or panning: move the last raster along (cheap), repaint once the view settles (frames that
            // only change the live layer, like hovering, leave the wait or the repaint in flight alone)
            double k = view[0] / shown[0];
            front.getTransforms().setAll(new Affine(k, 0, view[1] - shown[1] * k, 0, k, view[2] - shown[2] * k));
            cancel();
            settle.playFromStart();
        }
    }

    private void settled() {
        if (hasImage && annotations.size() >= PROGRESSIVE_MIN) {
            start();
        } else {
            dirty = true;
            requestRepaint.run();
        }
    }

    /** Starts (or restarts) a progressive repaint for the current view into the back canvas. */
    private void start() {
        jobView = lastView;
        jobNext = 0;
        back.getTransforms().clear();
        back.getGraphicsContext2D().clearRect(0, 0, back.getWidth(), back.getHeight());
        ticker.start();
    }

    private void cancel() {
        jobNext = -1;
        ticker.stop();
    }

    /** One frame of a progressive repaint; the last swaps the back canvas in front. */
    private void step() {
        if (jobNext < 0 || dirty || !Arrays.equals(lastView, jobView)) {
            cancel();
            return;
        }
        int to = Math.min(annotations.size(), jobNext + PER_FRAME);
        paintRange(back.getGraphicsContext2D(), 0, 0, jobView[3], jobView[4], jobNext, to);
        jobNext = to;
        if (to == annotations.size()) {
            Canvas done = back;
            back = front;
            front = done;
            back.getTransforms().clear();
            back.getGraphicsContext2D().clearRect(0, 0, back.getWidth(), back.getHeight());
            order.accept(back, front);
            shown = jobView;
            progressiveRepaints++;
            cancel();
            requestRepaint.run();
        }
    }

    private void paintRange(GraphicsContext g, double x0, double y0, double x1, double y1, int from, int to) {
        if (!hasImage) {
            return;
        }
        g.setImageSmoothing(viewport.scale() < 1);
        long skipId = draggedId;
        Predicate<Annotation> skip = a -> hidden.contains(a.id()) || a.id() == skipId;
        painter.paintAll(g, viewport, x0, y0, x1, y1, annotations, from, to, skip, colors, Long.MIN_VALUE);
    }

    /**
     * Repaints the annotations over one image region (plus a margin for outlines and point markers), clipped to it:
     * what an edit changed, without repainting thousands of others.
     */
    private void paintRegion(GraphicsContext g, Box region, double w, double h) {
        double x0 = Math.max(0, Math.floor(viewport.toScreenX(region.x1())) - REGION_MARGIN);
        double y0 = Math.max(0, Math.floor(viewport.toScreenY(region.y1())) - REGION_MARGIN);
        double x1 = Math.min(w, Math.ceil(viewport.toScreenX(region.x2())) + REGION_MARGIN);
        double y1 = Math.min(h, Math.ceil(viewport.toScreenY(region.y2())) + REGION_MARGIN);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(x0, y0, x1 - x0, y1 - y0);
        g.clip();
        g.clearRect(x0, y0, x1 - x0, y1 - y0);
        paintRange(g, x0, y0, x1, y1, 0, annotations.size());
        g.restore();
    }

    /** The bounds of the annotation with this id, or null. */
    private Box boundsOf(long id) {
        if (id == Long.MIN_VALUE) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a.id() == id) {
                return a.geometry().bounds();
            }
        }
        return null;
    }
}
