package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.GroundedPhrase;
import java.util.Objects;

/** Links a span of a caption to annotations of its image; returns the phrase with its project id. */
public record AddPhrase(GroundedPhrase phrase) implements Command<GroundedPhrase> {

    public AddPhrase {
        Objects.requireNonNull(phrase, "phrase");
    }

    @Override
    public String label() {
        return "Add grounded phrase";
    }

    @Override
    public GroundedPhrase execute(Edit edit) throws StoreException {
        return edit.addPhrase(phrase);
    }
}
