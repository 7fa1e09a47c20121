package dev.promptcanvas.annotations.model;

/**
 * An image of a project.
 *
 * @param id project-wide id (0 before it is stored)
 * @param path path relative to the project folder, with '/' separators (or absolute, for images kept elsewhere)
 * @param width width in pixels
 * @param height height in pixels
 * @param contentHash hex SHA-256 of the file's bytes ("" when not known yet)
 */
public record ImageRecord(long id, String path, int width, int height, String contentHash) {

    public ImageRecord {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("image: path is required");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image " + path + ": size " + width + "x" + height + " is not positive");
        }
        contentHash = contentHash == null ? "" : contentHash;
    }

    public ImageRecord withId(long newId) {
        return new ImageRecord(newId, path, width, height, contentHash);
    }

    /** The file name without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
