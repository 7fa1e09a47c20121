package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.PreferenceRecord;
import java.util.Objects;

/** Stores a prompt-lab preference pair; returns it with its project id. */
public record AddPreference(PreferenceRecord preference) implements Command<PreferenceRecord> {

    public AddPreference {
        Objects.requireNonNull(preference, "preference");
    }

    @Override
    public String label() {
        return "Add preference pair";
    }

    @Override
    public PreferenceRecord execute(Edit edit) throws StoreException {
        return edit.addPreference(preference);
    }
}
