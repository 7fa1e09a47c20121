package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.util.Objects;

/**
 * Adds one annotation; returns it with its project id. With a {@link PromptRecord}, the record is stored in the
 * same step and the annotation points at it (its own {@code promptRecordId} is replaced).
 */
public record AddAnnotation(Annotation annotation, PromptRecord promptRecord) implements Command<Annotation> {

    public AddAnnotation {
        Objects.requireNonNull(annotation, "annotation");
    }

    public AddAnnotation(Annotation annotation) {
        this(annotation, null);
    }

    @Override
    public String label() {
        return promptRecord == null ? "Add annotation" : "Add annotation (" + promptRecord.modelId() + ")";
    }

    @Override
    public Annotation execute(Edit edit) throws StoreException {
        if (promptRecord == null) {
            return edit.addAnnotation(annotation);
        }
        if (promptRecord.imageId() != annotation.imageId()) {
            throw Edit.invalid("new annotation: its prompt record is on image " + promptRecord.imageId()
                    + ", the annotation on image " + annotation.imageId());
        }
        PromptRecord stored = edit.addPromptRecord(promptRecord);
        Annotation a = annotation;
        return edit.addAnnotation(new Annotation(0, a.imageId(), a.categoryId(), a.geometry(), a.score(), a.source(),
                a.review(), a.crowd(), a.attributes(), a.parentId(), stored.id()));
    }
}
