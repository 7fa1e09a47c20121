package dev.promptcanvas.ui.viewer;

import dev.promptcanvas.annotations.edit.Handle;
import dev.promptcanvas.annotations.edit.ShapeHandles;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.ui.tools.PreviewShape;
import dev.promptcanvas.ui.tools.Tool;
import dev.promptcanvas.ui.tools.ToolInput;
import dev.promptcanvas.ui.viewer.tiles.ImageMipmaps;
import dev.promptcanvas.ui.viewer.tiles.TiledImagePainter;
import dev.promptcanvas.ui.viewer.tiles.TiledImageSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import javafx.scene.shape.Rectangle;

/**
 * One canvas showing an image, its annotations and the active tool's work in progress. The wheel zooms around the
 * cursor; the middle button (or space + drag) pans; other input goes to the active tool in image coordinates.
 * Objects are painted, not scene-graph nodes; repaints are coalesced to one per pulse.
 */
public final class ImageViewer extends Region {

    private static final Color BACKGROUND = Color.web("#2b2d30");

    /** Three layers, each repainted only when what it shows changed: image, annotations, live work on top. */
    private final Canvas imageLayer = new Canvas();
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final OverlayPainter painter = new OverlayPainter();
    private final AnnotationLayer annotationLayer;
    private boolean imageDirty = true;
    private double[] imageView = new double[0];
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Image image;
    private TiledImagePainter tiles;
    private ImageMipmaps mipmaps;
    private String placeholder = "No image";
    private List<Annotation> annotations = List.of();
    private Set<Long> hidden = Set.of();
    private LongFunction<Color> colors = id -> Color.ORANGE;
    private Supplier<Color> currentColor = () -> Color.ORANGE;
    private Annotation selected;
    private Map<Long, String> highlighted = Map.of();
    private Annotation hover;
    private Tool tool;
    private Supplier<List<PreviewShape>> extraPreviews = List::of;
    private boolean spaceDown;
    private boolean panning;
    private double lastX;
    private double lastY;
    private boolean repaintPending;

    public ImageViewer() {
        annotationLayer = new AnnotationLayer(viewport, painter, this::requestRepaint,
                (back, front) -> getChildren().setAll(back, imageLayer, front, canvas));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
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
        closeTiles();
        this.image = newImage;
        this.mipmaps = newImage == null ? null : new ImageMipmaps(newImage, this::imageChanged);
        this.placeholder = placeholderText == null ? "No image" : placeholderText;
        this.hover = null;
        imageDirty = true;
        annotationLayer.invalidate();
        fit();
    }

    /** The image shown when it is held in memory; null when none is shown or it is drawn from tiles. */
    public Image image() {
        return image;
    }

    /**
     * Shows a large image through its tile pyramid (see {@link TiledImageSource#needsTiles}) and fits it to the
     * view. The viewer owns the source from now on and closes it when another image replaces it.
     */
    public void showTiled(TiledImageSource source) {
        closeTiles();
        this.image = null;
        this.mipmaps = null;
        this.tiles = new TiledImagePainter(source);
        this.placeholder = "No image";
        this.hover = null;
        imageDirty = true;
        annotationLayer.invalidate();
        source.setOnTilesReady(this::imageChanged);
        fit();
    }

    /** The tiled source shown now, or null. */
    public TiledImageSource tiledSource() {
        return tiles == null ? null : tiles.source();
    }

    private void closeTiles() {
        if (tiles != null) {
            tiles.source().close();
            tiles = null;
        }
    }

    private boolean hasImage() {
        return image != null || tiles != null;
    }

    private double imageWidth() {
        return tiles != null ? tiles.source().width() : image.getWidth();
    }

    private double imageHeight() {
        return tiles != null ? tiles.source().height() : image.getHeight();
    }

    public void setAnnotations(List<Annotation> list, Set<Long> hiddenIds, LongFunction<Color> categoryColors) {
        this.annotations = List.copyOf(list);
        this.hidden = Set.copyOf(hiddenIds);
        this.colors = categoryColors;
        annotationLayer.update(annotations, hidden, colors);
        if (hover != null && annotations.stream().noneMatch(a -> a.id() == hover.id())) {
            hover = null;
        }
        requestRepaint();
    }

    public void setSelected(Annotation annotation) {
        this.selected = annotation;
        requestRepaint();
    }

    /** Annotations to point at (e.g. an expression's targets), each with a tag drawn beside it ("" for none). */
    public void setHighlighted(Map<Long, String> tags) {
        this.highlighted = Map.copyOf(tags);
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
        if (hasImage()) {
            viewport.fit(imageWidth(), imageHeight(), getWidth(), getHeight());
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

    /** Whether the annotation layer still has a repaint for a new view to come (tests, probes). */
    public boolean annotationsRepainting() {
        return annotationLayer.repainting();
    }

    AnnotationLayer annotationLayer() {
        return annotationLayer;
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
        for (Canvas layer : List.of(imageLayer, canvas)) {
            layer.setWidth(getWidth());
            layer.setHeight(getHeight());
        }
        annotationLayer.resize(getWidth(), getHeight());
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
        if (!panning && tool != null && hasImage()) {
            tool.pressed(input(e));
        }
    }

    private void onDragged(MouseEvent e) {
        if (panning) {
            viewport.panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
            requestRepaint();
        } else if (tool != null && hasImage()) {
            tool.dragged(input(e));
        }
        updateStatus(e.getX(), e.getY());
    }

    private void onReleased(MouseEvent e) {
        if (panning) {
            panning = false;
        } else if (tool != null && hasImage()) {
            tool.released(input(e));
        }
    }

    private void onMoved(MouseEvent e) {
        updateStatus(e.getX(), e.getY());
        if (tool != null && hasImage()) {
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
        if (!hasImage()) {
            status.set(zoom);
            return;
        }
        double ix = viewport.toImageX(sx);
        double iy = viewport.toImageY(sy);
        boolean inside = ix >= 0 && iy >= 0 && ix < imageWidth() && iy < imageHeight();
        status.set((inside ? String.format("%d, %d px", (int) Math.floor(ix), (int) Math.floor(iy)) : "–")
                + "  ·  " + zoom + "  ·  " + (int) imageWidth() + "×" + (int) imageHeight());
    }

    /**
     * Paints at once, on the FX thread (snapshots, benchmarks); everything else uses {@link #requestRepaint}.
     * {@code all} repaints every layer, as after opening an image; otherwise only what changed is repainted.
     */
    public void paintNow(boolean all) {
        if (all) {
            imageDirty = true;
            annotationLayer.invalidate();
        }
        paint();
    }

    private void imageChanged() {
        imageDirty = true;
        requestRepaint();
    }

    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double[] view = {viewport.scale(), viewport.toScreenX(0), viewport.toScreenY(0), w, h};
        if (imageDirty || !Arrays.equals(view, imageView)) {
            paintImage(imageLayer.getGraphicsContext2D(), w, h);
            imageView = view;
            imageDirty = false;
        }
        Annotation dragged = tool instanceof dev.promptcanvas.ui.tools.SelectTool s
                ? s.inProgress().orElse(null) : null;
        long draggedId = dragged == null ? Long.MIN_VALUE : dragged.id();
        annotationLayer.paint(view, draggedId, hasImage());
        GraphicsContext live = canvas.getGraphicsContext2D();
        live.clearRect(0, 0, w, h);
        if (hasImage()) {
            paintLive(live, dragged);
        }
    }

    private void paintImage(GraphicsContext g, double w, double h) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (!hasImage()) {
            g.setFill(Color.web("#cfd2d6"));
            g.fillText(placeholder, 20, 30);
        } else if (tiles != null) {
            tiles.paint(g, viewport, w, h);
        } else {
            g.setImageSmoothing(viewport.scale() < 1);
            g.drawImage(mipmaps.forScale(viewport.scale()), viewport.toScreenX(0), viewport.toScreenY(0),
                    image.getWidth() * viewport.scale(), image.getHeight() * viewport.scale());
        }
    }

    /** Above the annotations, in order: the dragged or selected one highlighted, hover, handles, tool previews. */
    private void paintLive(GraphicsContext g, Annotation dragged) {
        if (!highlighted.isEmpty()) {
            for (Annotation a : annotations) {
                String tag = highlighted.get(a.id());
                if (tag != null && !hidden.contains(a.id())) {
                    painter.paintHighlight(g, viewport, a, colors.apply(a.categoryId()), tag);
                }
            }
        }
        Annotation shown = dragged != null ? dragged : current(selected);
        if (shown != null && !hidden.contains(shown.id())) {
            painter.paint(g, viewport, shown, colors.apply(shown.categoryId()), true);
        }
        if (hover != null && (selected == null || hover.id() != selected.id())) {
            painter.paintHover(g, viewport, hover);
        }
        if (shown != null && !hidden.contains(shown.id())) {
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

    /** The shown version of an annotation (the list may hold a newer one than the selection), or null. */
    private Annotation current(Annotation a) {
        if (a == null) {
            return null;
        }
        for (Annotation candidate : annotations) {
            if (candidate.id() == a.id()) {
                return candidate;
            }
        }
        return null;
    }
}
