package dev.promptcanvas.inference.segment;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * An image to encode, known by its content hash and loaded only when it really has to be encoded.
 *
 * @param imageHash the content hash (the embedding cache key)
 * @param loader reads the pixels
 */
public record ImageSource(String imageHash, Loader loader) {

    /** Reads an image's pixels. */
    @FunctionalInterface
    public interface Loader {
        BufferedImage load() throws IOException;
    }
}
