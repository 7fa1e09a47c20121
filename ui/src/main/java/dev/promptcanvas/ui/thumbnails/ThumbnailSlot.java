package dev.promptcanvas.ui.thumbnails;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/**
 * The thumbnail part of a list or grid cell: a fixed-size box that shows an image's thumbnail as soon as the
 * {@link ThumbnailCache} has it. A reused cell cancels its old request and never shows a late thumbnail of the
 * image it showed before.
 */
public final class ThumbnailSlot {

    private final ThumbnailCache cache;
    private final ImageView view = new ImageView();
    private final StackPane box;
    private ImageRecord shown;

    public ThumbnailSlot(ThumbnailCache cache) {
        this.cache = cache;
        double side = cache.size();
        view.setPreserveRatio(true);
        view.setFitWidth(side);
        view.setFitHeight(side);
        view.setSmooth(true);
        box = new StackPane(view);
        box.getStyleClass().add("thumbnail-slot");
        box.setMinSize(side, side);
        box.setPrefSize(side, side);
        box.setMaxSize(side, side);
    }

    /** The node to put in the cell (e.g. as its graphic). */
    public Node node() {
        return box;
    }

    /** The image whose thumbnail the slot shows or waits for, or null. */
    public ImageRecord shown() {
        return shown;
    }

    /** The thumbnail on screen now, or null while it is being made. */
    public Image image() {
        return view.getImage();
    }

    /** Shows an image's thumbnail ({@code file} is where the image lives); null empties the slot. */
    public void show(ImageRecord image, Path file) {
        if (shown != null && !shown.equals(image)) {
            cache.cancel(shown);
        }
        shown = image;
        if (image == null) {
            view.setImage(null);
            return;
        }
        Image ready = cache.get(image, file, thumbnail -> {
            if (image.equals(shown)) {
                view.setImage(thumbnail);
            }
        });
        view.setImage(ready);
    }
}
