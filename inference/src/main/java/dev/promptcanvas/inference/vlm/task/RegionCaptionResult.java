package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A region caption suggestion: the model's raw answer, the caption made of it (absent when the answer was empty or
 * cut off), who made it, what was shown and asked, what was noticed, and how long it took.
 *
 * @param caption      the suggested caption, or null
 * @param promptText   the text sent with the image
 * @param imageSha256  SHA-256 of the image bytes sent (the rendered visual prompt)
 */
public record RegionCaptionResult(String rawAnswer, String caption, Source source, VisualPromptStyle style,
                                  String promptText, String imageSha256, List<Diagnostic> diagnostics,
                                  TaskTimings timings) {

    /** Attribute key of a region caption (lead's convention). */
    public static final String CAPTION_KEY = "caption";
    /** Attribute key of who wrote the caption ({@link Source#toText()}). */
    public static final String CAPTION_SOURCE_KEY = "caption_source";

    public RegionCaptionResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<String> suggestion() {
        return Optional.ofNullable(caption);
    }

    /** {@code caption} and {@code caption_source}, empty when there is no suggestion. */
    public Map<String, String> attributes() {
        return caption == null ? Map.of() : Map.of(CAPTION_KEY, caption, CAPTION_SOURCE_KEY, source.toText());
    }

    /** The annotation with this caption in its attributes (a new value; nothing is stored). */
    public Annotation applyTo(Annotation a) {
        if (caption == null) {
            throw new IllegalStateException("no caption to apply: " + diagnostics);
        }
        Map<String, String> attrs = new HashMap<>(a.attributes());
        attrs.putAll(attributes());
        return new Annotation(a.id(), a.imageId(), a.categoryId(), a.geometry(), a.score(), a.source(), a.review(),
                a.crowd(), attrs, a.parentId(), a.promptRecordId());
    }
}
