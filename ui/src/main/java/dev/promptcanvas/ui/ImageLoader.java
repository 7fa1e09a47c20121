package dev.promptcanvas.ui;

import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.ui.session.WorkbenchSession;
import dev.promptcanvas.ui.viewer.ImageViewer;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.promptcanvas.ui.viewer.tiles.TiledImageSource;
import javafx.application.Platform;
import javafx.scene.image.Image;

/**
 * Loads the current image in the background (large ones through a tile pyramid) and shows it, or a placeholder
 * that says why not: missing file,
 * unreadable or corrupt file, or an image over the pixel budget (a decompression-bomb guard, default 500 MP,
 * system property {@code promptcanvas.maxMegapixels}).
 */
final class ImageLoader {

    private final ImageViewer viewer;
    private final WorkbenchSession session;
    private Image loading;

    ImageLoader(ImageViewer viewer, WorkbenchSession session) {
        this.viewer = viewer;
        this.session = session;
    }

    static long pixelBudget() {
        try {
            return (long) (Double.parseDouble(System.getProperty("promptcanvas.maxMegapixels", "500")) * 1_000_000);
        } catch (NumberFormatException e) {
            return 500_000_000L;
        }
    }

    void load(ImageRecord img) {
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
        if (img == null) {
            viewer.show(null, "No image");
            return;
        }
        Path file = Path.of(img.path()).isAbsolute() ? Path.of(img.path())
                : session.store().directory().resolve(img.path());
        if ((long) img.width() * img.height() > pixelBudget()) {
            fail(img, "Not opened: " + img.width() + "×" + img.height() + " is over the pixel budget of "
                    + pixelBudget() / 1_000_000 + " MP (set -Dpromptcanvas.maxMegapixels to change it)");
            return;
        }
        if (!Files.isRegularFile(file)) {
            fail(img, "Image file is missing: " + file);
            return;
        }
        viewer.show(null, "Loading " + img.fileName() + " …");
        if (TiledImageSource.needsTiles(img.width(), img.height())) {
            loadTiled(img, file);
            return;
        }
        Image image = new Image(file.toUri().toString(), true);
        loading = image;
        image.progressProperty().addListener((obs, o, p) -> {
            if (p.doubleValue() >= 1 && image == loading) {
                finish(img, image, file);
            }
        });
        image.errorProperty().addListener((obs, o, error) -> {
            if (error && image == loading) {
                finish(img, image, file);
            }
        });
    }

    /** Large images: an overview first, then tiles at the zoom's level, all decoded in the background. */
    private void loadTiled(ImageRecord img, Path file) {
        Path overviews = session.store().directory().resolve(".promptcanvas/overviews");
        TiledImageSource.openAsync(file, overviews).whenComplete((source, error) -> Platform.runLater(() -> {
            if (session.currentImageProperty().get() != img) {
                if (source != null) {
                    source.close();
                }
            } else if (error != null) {
                fail(img, "Cannot read " + file.getFileName() + ": " + error.getMessage());
            } else {
                viewer.showTiled(source);
            }
        }));
    }

    private void finish(ImageRecord img, Image image, Path file) {
        loading = null;
        if (session.currentImageProperty().get() != img) {
            return;
        }
        if (image.isError() || image.getWidth() <= 0) {
            String why = image.getException() == null ? "unknown format" : image.getException().getMessage();
            fail(img, "Cannot read " + file.getFileName() + ": " + why);
        } else {
            viewer.show(image, null);
        }
    }

    private void fail(ImageRecord img, String reason) {
        viewer.show(null, reason);
        session.messageProperty().set(img.fileName() + ": " + reason);
    }
}
