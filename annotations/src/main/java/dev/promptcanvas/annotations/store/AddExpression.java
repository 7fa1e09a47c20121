package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.ReferringExpression;
import java.util.Objects;

/** Adds a referring expression (zero targets = "no target"); returns it with its project id. */
public record AddExpression(ReferringExpression expression) implements Command<ReferringExpression> {

    public AddExpression {
        Objects.requireNonNull(expression, "expression");
    }

    @Override
    public String label() {
        return "Add referring expression";
    }

    @Override
    public ReferringExpression execute(Edit edit) throws StoreException {
        return edit.addExpression(expression);
    }
}
