package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.util.Objects;

/** Stores a prompt record (provenance of model output); returns it with its project id. */
public record AddPromptRecord(PromptRecord promptRecord) implements Command<PromptRecord> {

    public AddPromptRecord {
        Objects.requireNonNull(promptRecord, "promptRecord");
    }

    @Override
    public String label() {
        return "Record prompts (" + promptRecord.modelId() + ")";
    }

    @Override
    public PromptRecord execute(Edit edit) throws StoreException {
        return edit.addPromptRecord(promptRecord);
    }
}
