package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the project a command names, turning "no such folder" and "not a project" into bad-input errors. */
final class ProjectArgs {

    private ProjectArgs() {
    }

    static ProjectStore open(Path dir, boolean readOnly) throws StoreException {
        requireProject(dir);
        return readOnly ? ProjectStore.openReadOnly(dir) : ProjectStore.open(dir);
    }

    static void requireProject(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such folder");
        }
        if (!ProjectStore.isProject(dir)) {
            throw new BadInputException(dir + " is not a PromptCanvas project (no " + ProjectStore.DB_FILE
                    + "); run `promptcanvas init " + dir + "` first");
        }
    }
}
