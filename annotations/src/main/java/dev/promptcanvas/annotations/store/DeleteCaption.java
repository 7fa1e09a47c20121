package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Caption;

/** Deletes a caption and its grounded phrases; returns the deleted caption. */
public record DeleteCaption(long id) implements Command<Caption> {

    @Override
    public String label() {
        return "Delete caption";
    }

    @Override
    public Caption execute(Edit edit) throws StoreException {
        return edit.deleteCaption(id);
    }
}
