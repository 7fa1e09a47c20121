package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Category;

/**
 * Deletes a label. Refused, with a message saying how many annotations use it, unless {@code reassignTo} names the
 * category they move to; its sub-labels move up to its parent. Returns the deleted category.
 *
 * @param id the category to delete
 * @param reassignTo where its annotations go, or null to refuse when it has any
 */
public record DeleteCategory(long id, Long reassignTo) implements Command<Category> {

    /** Deletes an unused label. */
    public DeleteCategory(long id) {
        this(id, null);
    }

    @Override
    public String label() {
        return "Delete label";
    }

    @Override
    public Category execute(Edit edit) throws StoreException {
        return edit.deleteCategory(id, reassignTo);
    }
}
