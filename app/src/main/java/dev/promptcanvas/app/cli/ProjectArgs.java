package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the project a command names, turning "no such folder" and "not a project" into bad-input errors. */
final class ProjectArgs {

    private ProjectArgs() {
    }

    /**
     * Opens the project. A read-only open of a project written by an older PromptCanvas first upgrades it when the
     * folder is writable (migrations are transactional: the file is either upgraded or left as it was).
     */
    static ProjectStore open(Path dir, boolean readOnly) throws StoreException {
        requireProject(dir);
        if (!readOnly) {
            return ProjectStore.open(dir);
        }
        try {
            return ProjectStore.openReadOnly(dir);
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.READ_ONLY || !Files.isWritable(dir)
                    || !Files.isWritable(dir.resolve(ProjectStore.DB_FILE))) {
                throw e;
            }
            ProjectStore.open(dir).close();
            return ProjectStore.openReadOnly(dir);
        }
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
