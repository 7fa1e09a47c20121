package dev.promptcanvas.annotations.formats.export;

/** What an export does with the image files. */
public enum ImageMode {
    /** Leave images in the project; dataset files name them by their project-relative path. */
    REFERENCE,
    /** Copy images into the export (an {@code images} folder), keeping their relative paths. */
    COPY,
    /** Like {@link #COPY} with symbolic links to the originals instead of copies. */
    LINK
}
