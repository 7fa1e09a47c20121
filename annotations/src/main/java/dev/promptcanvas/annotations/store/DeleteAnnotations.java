package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Annotation;
import java.util.List;

/**
 * Deletes annotations; their parts lose the parent link and phrases/expressions lose them as targets. Returns the
 * deleted annotations.
 */
public record DeleteAnnotations(List<Long> ids) implements Command<List<Annotation>> {

    public DeleteAnnotations {
        ids = List.copyOf(ids);
    }

    @Override
    public String label() {
        return ids.size() == 1 ? "Delete annotation" : "Delete " + ids.size() + " annotations";
    }

    @Override
    public List<Annotation> execute(Edit edit) throws StoreException {
        return edit.deleteAnnotations(ids);
    }
}
