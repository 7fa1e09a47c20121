package dev.promptcanvas.ui.viewer;

import dev.promptcanvas.annotations.edit.Handle;
import dev.promptcanvas.annotations.edit.ShapeHandles;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.ui.tools.PreviewShape;
import dev.promptcanvas.ui.tools.Tool;
import dev.promptcanvas.ui.tools.ToolInput;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * One canvas showing an image, its annotations and the active tool's work in progress. The wheel zooms around the
 * cursor; the middle button (or space + drag) pans; other input goes to the active tool in image coordinates.
 * Objects are painted, not scene-graph nodes; repaints are coalesced to one per pulse.
 */
public final class ImageViewer extends Region {

    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final OverlayPainter painter = new OverlayPainter();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Image image;
    private String placeholder = "No image";
    private List<Annotation> annotations = List.of();
    private Set<Long> hidden = Set.of();
    private LongFunction<Color> colors = id -> Color.ORANGE;
    private Supplier<Color> currentColor = () -> Color.ORANGE;
    private Annotation selected;
    private Annotation hover;
    private Tool tool;
    private Supplier<List<PreviewShape>> extraPreviews = List::of;
    private boolean spaceDown;
    private boolean panning;
    private double lastX;
    private double lastY;
    private boolean repaintPending;

    public ImageViewer() {
        getChildren().add(canvas);
        getStyleClass().add("image-viewer");
        setFocusTraversable(true);
        setMinSize(100, 100);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = true;
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                e.consume();
            }
        });
    }

    /** Shows an image (null with a reason shows a placeholder) and fits it to the view. */
    public void show(Image newImage, String placeholderText) {
        this.image = newImage;
        this.placeholder = placeholderText == null ? "No image" : placeholderText;
        this.hover = null;
        fit();
    }

    public Image image() {
        return image;
    }

    public void setAnnotations(List<Annotation> list, Set<Long> hiddenIds, LongFunction<Color> categoryColors) {
        this.annotations = List.copyOf(list);
        this.hidden = Set.copyOf(hiddenIds);
        this.colors = categoryColors;
        if (hover != null && annotations.stream().noneMatch(a -> a.id() == hover.id())) {
            hover = null;
        }
        requestRepaint();
    }

    public void setSelected(Annotation annotation) {
        this.selected = annotation;
        requestRepaint();
    }

    public void setTool(Tool newTool, Supplier<Color> labelColor) {
        if (tool != null && tool != newTool) {
            tool.cancel();
        }
        this.tool = newTool;
        this.currentColor = labelColor;
        requestRepaint();
    }

    /** Shapes drawn above everything else, e.g. the prompts collected so far. */
    public void setExtraPreviews(Supplier<List<PreviewShape>> previews) {
        this.extraPreviews = previews;
        requestRepaint();
    }

    public void fit() {
        if (image != null) {
            viewport.fit(image.getWidth(), image.getHeight(), getWidth(), getHeight());
        }
        requestRepaint();
    }

    public void actualSize() {
        viewport.actualSize(getWidth() / 2, getHeight() / 2);
        requestRepaint();
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Image pixels per screen pixel at the current zoom. */
    public double pixelsPerScreenPixel() {
        return 1 / viewport.scale();
    }

    /** "x, y px · zoom · size" for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Schedules one repaint on the next pulse, however often it is called. */
    public void requestRepaint() {
        if (!repaintPending) {
            repaintPending = true;
            Platform.runLater(() -> {
                repaintPending = false;
                paint();
            });
        }
    }

    @Override
    protected void layoutChildren() {
        boolean first = canvas.getWidth() == 0;
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (first) {
            fit();
        }
        requestRepaint();
    }

    private ToolInput input(MouseEvent e) {
        return new ToolInput(viewport.toImageX(e.getX()), viewport.toImageY(e.getY()),
                e.getButton() == MouseButton.SECONDARY, e.isShiftDown(), e.isShortcutDown(), e.getClickCount());
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        panning = e.getButton() == MouseButton.MIDDLE || spaceDown;
        if (!panning && tool != null && image != null) {
            tool.pressed(input(e));
        }
    }

    private void onDragged(MouseEvent e) {
        if (panning) {
            viewport.panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
            requestRepaint();
        } else if (tool != null && image != null) {
            tool.dragged(input(e));
        }
        updateStatus(e.getX(), e.getY());
    }

    private void onReleased(MouseEvent e) {
        if (panning) {
            panning = false;
        } else if (tool != null && image != null) {
            tool.released(input(e));
        }
    }

    private void onMoved(MouseEvent e) {
        updateStatus(e.getX(), e.getY());
        if (tool != null && image != null) {
            tool.moved(input(e));
        }
        Annotation before = hover;
        hover = painter.topmost(annotations, hidden, viewport.toImageX(e.getX()), viewport.toImageY(e.getY()),
                3 * pixelsPerScreenPixel());
        if (before != hover) {
            requestRepaint();
        }
    }

    private void onScroll(ScrollEvent e) {
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getTextDeltaY();
        if (delta != 0) {
            viewport.zoomAt(e.getX(), e.getY(), delta > 0 ? 1.2 : 1 / 1.2);
            updateStatus(e.getX(), e.getY());
            requestRepaint();
        }
        e.consume();
    }

    private void updateStatus(double sx, double sy) {
        String zoom = Math.round(viewport.scale() * 100) + " %";
        if (image == null) {
            status.set(zoom);
            return;
        }
        double ix = viewport.toImageX(sx);
        double iy = viewport.toImageY(sy);
        boolean inside = ix >= 0 && iy >= 0 && ix < image.getWidth() && iy < image.getHeight();
        status.set((inside ? String.format("%d, %d px", (int) Math.floor(ix), (int) Math.floor(iy)) : "–")
                + "  ·  " + zoom + "  ·  " + (int) image.getWidth() + "×" + (int) image.getHeight());
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#2b2d30"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (image == null) {
            g.setFill(Color.web("#cfd2d6"));
            g.fillText(placeholder, 20, 30);
            return;
        }
        g.setImageSmoothing(viewport.scale() < 1);
        g.drawImage(image, viewport.toScreenX(0), viewport.toScreenY(0),
                image.getWidth() * viewport.scale(), image.getHeight() * viewport.scale());
        paintOverlays(g);
    }

    /** Everything above the image, in order: annotations, hover, selection handles, tool previews. */
    void paintOverlays(GraphicsContext g) {
        Annotation dragged = tool instanceof dev.promptcanvas.ui.tools.SelectTool s
                ? s.inProgress().orElse(null) : null;
        for (Annotation a : annotations) {
            if (hidden.contains(a.id()) || (dragged != null && dragged.id() == a.id())) {
                continue;
            }
            painter.paint(g, viewport, a, colors.apply(a.categoryId()), selected != null && a.id() == selected.id());
        }
        if (dragged != null) {
            painter.paint(g, viewport, dragged, colors.apply(dragged.categoryId()), true);
        }
        if (hover != null && (selected == null || hover.id() != selected.id())) {
            painter.paintHover(g, viewport, hover);
        }
        if (selected != null && !hidden.contains(selected.id())) {
            Annotation shown = dragged != null ? dragged : selected;
            List<Handle> handles = ShapeHandles.of(shown.geometry());
            painter.paintHandles(g, viewport, handles);
        }
        for (PreviewShape p : extraPreviews.get()) {
            painter.paintPreview(g, viewport, p, currentColor.get());
        }
        if (tool != null) {
            for (PreviewShape p : tool.preview()) {
                painter.paintPreview(g, viewport, p, currentColor.get());
            }
        }
    }
}
