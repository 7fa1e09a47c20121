package dev.promptcanvas.annotations.store;

import static dev.promptcanvas.annotations.store.Edit.invalid;

import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.text.TextChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes a caption's text and keeps its grounded phrases on the same words, as one undo step: phrases after the
 * changed region move with it, phrases the change touched are deleted (see {@link TextChange#shift}). Returns the
 * stored caption; {@link UpdateCaption} instead refuses text that no longer fits the phrases.
 */
public record ReviseCaption(Caption caption) implements Command<Caption> {

    public ReviseCaption {
        Objects.requireNonNull(caption, "caption");
    }

    @Override
    public String label() {
        return "Edit caption";
    }

    @Override
    public Caption execute(Edit edit) throws StoreException {
        Caption old = edit.caption(caption.id())
                .orElseThrow(() -> invalid("caption " + caption.id() + ": does not exist"));
        TextChange change = TextChange.between(old.text(), caption.text());
        List<GroundedPhrase> moved = new ArrayList<>();
        for (GroundedPhrase p : edit.phrases(caption.id())) {
            Optional<TextChange.Span> span = change.shift(p.start(), p.end());
            if (span.isEmpty()) {
                edit.deletePhrase(p.id());
            } else if (span.get().start() != p.start()) {
                moved.add(new GroundedPhrase(p.id(), p.captionId(), span.get().start(), span.get().end(),
                        p.annotationIds()));
            }
        }
        // Phrases moving left fit the old text, phrases moving right only the new one.
        boolean shrinks = change.delta() < 0;
        if (shrinks) {
            updateAll(edit, moved);
        }
        Caption stored = edit.updateCaption(caption);
        if (!shrinks) {
            updateAll(edit, moved);
        }
        return stored;
    }

    private static void updateAll(Edit edit, List<GroundedPhrase> phrases) throws StoreException {
        for (GroundedPhrase p : phrases) {
            edit.updatePhrase(p);
        }
    }
}
