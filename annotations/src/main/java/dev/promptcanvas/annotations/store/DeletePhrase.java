package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.GroundedPhrase;

/** Deletes a grounded phrase; returns it. */
public record DeletePhrase(long id) implements Command<GroundedPhrase> {

    @Override
    public String label() {
        return "Delete grounded phrase";
    }

    @Override
    public GroundedPhrase execute(Edit edit) throws StoreException {
        return edit.deletePhrase(id);
    }
}
