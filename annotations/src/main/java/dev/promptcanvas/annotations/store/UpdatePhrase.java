package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.GroundedPhrase;
import java.util.Objects;

/** Changes a grounded phrase's span or linked annotations; {@code phrase.id()} says which. */
public record UpdatePhrase(GroundedPhrase phrase) implements Command<GroundedPhrase> {

    public UpdatePhrase {
        Objects.requireNonNull(phrase, "phrase");
    }

    @Override
    public String label() {
        return "Edit grounded phrase";
    }

    @Override
    public GroundedPhrase execute(Edit edit) throws StoreException {
        return edit.updatePhrase(phrase);
    }
}
