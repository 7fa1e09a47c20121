package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.store.PreferencePairsExport;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Writes the project's preference pairs as JSONL (what {@code export --format preferences} writes). */
public final class PreferenceExport {

    private PreferenceExport() {
    }

    /** Asks for a file and writes the pairs; the outcome goes to the status line. */
    public static void choose(WorkbenchSession session, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export preference pairs (JSONL)");
        chooser.setInitialFileName("preference-pairs.jsonl");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            write(session, file.toPath());
        }
    }

    /** Writes the pairs to {@code file}; returns how many, or -1 after a failure (reported in the status line). */
    public static int write(WorkbenchSession session, Path file) {
        try {
            int n = PreferencePairsExport.write(session.store(), file);
            session.messageProperty().set("Exported " + n + (n == 1 ? " preference pair" : " preference pairs")
                    + " to " + file);
            return n;
        } catch (IOException | RuntimeException e) {
            session.messageProperty().set(file + ": preference pairs not written (" + e.getMessage() + ")");
            return -1;
        }
    }
}
