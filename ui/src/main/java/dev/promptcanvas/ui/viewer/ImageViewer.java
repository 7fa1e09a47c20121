package dev.promptcanvas.ui.viewer;

import dev.promptcanvas.annotations.model.Annotation;
import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * One canvas showing an image and its annotations: wheel zooms around the cursor, drag pans, double-click fits.
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
    private LongFunction<Color> colors = id -> Color.ORANGE;
    private long selectedId = -1;
    private boolean repaintPending;
    private double dragX;
    private double dragY;

    public ImageViewer() {
        getChildren().add(canvas);
        getStyleClass().add("image-viewer");
        setMinSize(100, 100);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> updateStatus(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                fit();
            }
        });
    }

    /** Shows an image (null with a reason shows a placeholder) and fits it to the view. */
    public void show(Image newImage, String placeholderText) {
        this.image = newImage;
        this.placeholder = placeholderText == null ? "No image" : placeholderText;
        fit();
    }

    public void setAnnotations(List<Annotation> list, LongFunction<Color> categoryColors) {
        this.annotations = List.copyOf(list);
        this.colors = categoryColors;
        requestRepaint();
    }

    public void select(long annotationId) {
        this.selectedId = annotationId;
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

    /** "x, y px · zoom %" for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
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

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            viewport.zoomAt(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1.2 : 1 / 1.2);
            updateStatus(e.getX(), e.getY());
            requestRepaint();
        }
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        viewport.panBy(e.getX() - dragX, e.getY() - dragY);
        dragX = e.getX();
        dragY = e.getY();
        requestRepaint();
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

    private void requestRepaint() {
        if (!repaintPending) {
            repaintPending = true;
            javafx.application.Platform.runLater(() -> {
                repaintPending = false;
                paint();
            });
        }
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
        for (Annotation a : annotations) {
            painter.paint(g, viewport, a, colors.apply(a.categoryId()), a.id() == selectedId);
        }
    }
}
