package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.ReferringExpression;
import java.util.Objects;

/** Changes a referring expression's text, domain or targets; {@code expression.id()} says which. */
public record UpdateExpression(ReferringExpression expression) implements Command<ReferringExpression> {

    public UpdateExpression {
        Objects.requireNonNull(expression, "expression");
    }

    @Override
    public String label() {
        return "Edit referring expression";
    }

    @Override
    public ReferringExpression execute(Edit edit) throws StoreException {
        return edit.updateExpression(expression);
    }
}
