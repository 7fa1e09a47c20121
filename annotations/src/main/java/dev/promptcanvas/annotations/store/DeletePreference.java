package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.PreferenceRecord;

/** Deletes a prompt-lab preference pair; returns it. */
public record DeletePreference(long id) implements Command<PreferenceRecord> {

    @Override
    public String label() {
        return "Delete preference pair";
    }

    @Override
    public PreferenceRecord execute(Edit edit) throws StoreException {
        return edit.deletePreference(id);
    }
}
