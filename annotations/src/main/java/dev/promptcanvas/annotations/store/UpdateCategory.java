package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Category;
import java.util.Objects;

/** Renames, recolours or re-parents a label; {@code category.id()} says which. */
public record UpdateCategory(Category category) implements Command<Category> {

    public UpdateCategory {
        Objects.requireNonNull(category, "category");
    }

    @Override
    public String label() {
        return "Edit label " + category.name();
    }

    @Override
    public Category execute(Edit edit) throws StoreException {
        return edit.updateCategory(category);
    }
}
