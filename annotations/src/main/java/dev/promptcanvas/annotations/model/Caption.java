package dev.promptcanvas.annotations.model;

/** Image-level text (a caption or description). */
public record Caption(long id, long imageId, String text, Source source) {

    public Caption {
        if (text == null) {
            throw new IllegalArgumentException("caption: text is required");
        }
        source = source == null ? Source.human() : source;
    }

    public Caption withId(long newId) {
        return new Caption(newId, imageId, text, source);
    }
}
