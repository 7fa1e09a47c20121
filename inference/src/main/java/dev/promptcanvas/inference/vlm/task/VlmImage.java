package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.inference.encode.ImageSize;
import java.awt.image.BufferedImage;

/**
 * The image a task asks about.
 *
 * @param image   the pixels
 * @param imageId the project's image id (0 when the image is not in a project); drafts refer to it
 * @param sha256  the image file's content hash (embedding cache key, preference-pair record); not blank
 * @param path    where it came from, for records (may be null)
 */
public record VlmImage(BufferedImage image, long imageId, String sha256, String path) {

    public VlmImage {
        if (image == null) {
            throw new IllegalArgumentException("vlm image: pixels are required");
        }
        if (sha256 == null || sha256.isBlank()) {
            throw new IllegalArgumentException("vlm image: content hash is required");
        }
    }

    public ImageSize size() {
        return new ImageSize(image.getWidth(), image.getHeight());
    }
}
