package dev.promptcanvas.ui.tools;

import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.prompt.Prompt;
import java.util.List;
import java.util.Optional;

/** What a tool may do: read the current image's annotations and emit shapes, prompts and edits — never SQL. */
public interface ToolContext {

    /** Image width and height in pixels. */
    int imageWidth();

    int imageHeight();

    /** How many image pixels one screen pixel covers now (for hit tolerances that feel the same at any zoom). */
    double pixelsPerScreenPixel();

    List<Annotation> annotations();

    Optional<Annotation> selected();

    void select(Annotation annotation);

    /** A new annotation with the current label. */
    void create(Geometry geometry);

    /** Replaces an annotation's geometry (one undo step). */
    void update(Annotation annotation, Geometry geometry);

    /** A brush stroke added to (or, erasing, removed from) the selected mask; a new mask when none is selected. */
    void brush(Polyline stroke, double radius, boolean erase);

    /** A prompt for the current prompt session. */
    void prompt(Prompt prompt);

    /** Something to show while the tool works changed. */
    void repaint();

    /** A short message for the status bar. */
    void status(String message);
}
