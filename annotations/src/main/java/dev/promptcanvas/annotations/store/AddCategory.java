package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Category;
import java.util.Objects;

/** Adds a label with a new name; returns it with its project id. */
public record AddCategory(Category category) implements Command<Category> {

    public AddCategory {
        Objects.requireNonNull(category, "category");
    }

    @Override
    public String label() {
        return "Add label " + category.name();
    }

    @Override
    public Category execute(Edit edit) throws StoreException {
        return edit.addCategory(category);
    }
}
