package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.ReferringExpression;

/** Deletes a referring expression; returns it. */
public record DeleteExpression(long id) implements Command<ReferringExpression> {

    @Override
    public String label() {
        return "Delete referring expression";
    }

    @Override
    public ReferringExpression execute(Edit edit) throws StoreException {
        return edit.deleteExpression(id);
    }
}
