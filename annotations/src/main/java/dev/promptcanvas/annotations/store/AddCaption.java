package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Caption;
import java.util.Objects;

/** Adds an image-level caption; returns it with its project id. */
public record AddCaption(Caption caption) implements Command<Caption> {

    public AddCaption {
        Objects.requireNonNull(caption, "caption");
    }

    @Override
    public String label() {
        return "Add caption";
    }

    @Override
    public Caption execute(Edit edit) throws StoreException {
        return edit.addCaption(caption);
    }
}
