package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Caption;
import java.util.Objects;

/** Changes a caption's text or source; its phrases must still fit the new text. */
public record UpdateCaption(Caption caption) implements Command<Caption> {

    public UpdateCaption {
        Objects.requireNonNull(caption, "caption");
    }

    @Override
    public String label() {
        return "Edit caption";
    }

    @Override
    public Caption execute(Edit edit) throws StoreException {
        return edit.updateCaption(caption);
    }
}
