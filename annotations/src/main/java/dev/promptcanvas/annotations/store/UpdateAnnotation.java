package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Annotation;
import java.util.Objects;

/** Replaces a stored annotation (geometry, label, review, ...); {@code annotation.id()} says which. */
public record UpdateAnnotation(Annotation annotation) implements Command<Annotation> {

    public UpdateAnnotation {
        Objects.requireNonNull(annotation, "annotation");
    }

    @Override
    public String label() {
        return "Edit annotation";
    }

    @Override
    public Annotation execute(Edit edit) throws StoreException {
        return edit.updateAnnotation(annotation);
    }
}
