package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Annotation;
import java.util.List;

/** Adds many annotations as one undo step (batched inserts); returns them with their project ids. */
public record AddAnnotations(List<Annotation> annotations) implements Command<List<Annotation>> {

    public AddAnnotations {
        annotations = List.copyOf(annotations);
    }

    @Override
    public String label() {
        return "Add " + annotations.size() + " annotations";
    }

    @Override
    public List<Annotation> execute(Edit edit) throws StoreException {
        return edit.addAnnotations(annotations);
    }
}
