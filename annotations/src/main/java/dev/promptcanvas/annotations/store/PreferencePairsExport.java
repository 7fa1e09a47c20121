package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.model.PreferenceRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a project's prompt-lab preference pairs as JSONL, one pair per line in the order they were made (the
 * stored JSON objects as they are), for reward-model or DPO training.
 */
public final class PreferencePairsExport {

    /** The name the export command knows this output by. */
    public static final String FORMAT_NAME = "preferences";

    private PreferencePairsExport() {
    }

    /** Writes every pair of the project; returns how many. */
    public static int write(ProjectStore store, Path output) throws IOException {
        List<PreferenceRecord> pairs = store.preferences();
        AtomicFiles.write(output, out -> {
            for (PreferenceRecord pair : pairs) {
                out.write(pair.payload().getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        });
        return pairs.size();
    }
}
