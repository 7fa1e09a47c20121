package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Category;

/** Moves every annotation and sub-label of {@code fromId} to {@code intoId} and deletes {@code fromId}. */
public record MergeCategories(long fromId, long intoId) implements Command<Category> {

    @Override
    public String label() {
        return "Merge labels";
    }

    @Override
    public Category execute(Edit edit) throws StoreException {
        return edit.mergeCategories(fromId, intoId);
    }
}
