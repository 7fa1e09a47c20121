package dev.promptcanvas.annotations.store;

import static dev.promptcanvas.annotations.store.Edit.invalid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.model.PreferenceRecord;
import java.util.List;

/** Preference pairs for {@link Edit}: the payload must be one JSON object; the image must exist. */
final class PreferenceEdits {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Edit edit;

    PreferenceEdits(Edit edit) {
        this.edit = edit;
    }

    PreferenceRecord add(PreferenceRecord preference) throws StoreException {
        edit.requireImage(preference.imageId(), "new preference pair");
        String compact;
        try {
            JsonNode node = JSON.readTree(preference.payload());
            if (node == null || !node.isObject()) {
                throw invalid("new preference pair: payload must be a JSON object");
            }
            compact = JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw invalid("new preference pair: payload is not JSON: " + e.getOriginalMessage());
        }
        return edit.sql("adding a preference pair", () -> {
            PreferenceRecord stored = new PreferenceRecord(edit.writer().reserve(Table.PREFERENCES, 1),
                    preference.imageId(), compact);
            edit.writer().insert(Table.PREFERENCES, RowCodec.preference(stored));
            edit.summary().touch(StoreChange.Entity.PREFERENCES, stored.imageId());
            return stored;
        });
    }

    PreferenceRecord delete(long id) throws StoreException {
        PreferenceRecord old = edit.reader().preference(id)
                .orElseThrow(() -> invalid("deleting preference pair " + id + ": no such preference pair"));
        return edit.sql("deleting a preference pair", () -> {
            edit.writer().delete(Table.PREFERENCES, List.of(id));
            edit.summary().touch(StoreChange.Entity.PREFERENCES, old.imageId());
            return old;
        });
    }
}
