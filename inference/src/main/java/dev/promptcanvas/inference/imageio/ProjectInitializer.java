package dev.promptcanvas.inference.imageio;

import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.AddImages;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Makes a folder of images a project, or adds the images that are new to an existing project. */
public final class ProjectInitializer {

    /** What happened: whether the project is new, the images added, the total, and files that were skipped. */
    public record Result(boolean created, int added, long total, List<String> skipped) {
    }

    private ProjectInitializer() {
    }

    public static Result initialize(Path dir) throws IOException, StoreException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such folder");
        }
        boolean existed = ProjectStore.isProject(dir);
        ImageFolderScanner.ScanResult scan = ImageFolderScanner.scan(dir);
        try (ProjectStore store = existed ? ProjectStore.open(dir) : ProjectStore.create(dir)) {
            List<ImageRecord> fresh = scan.images().stream()
                    .filter(img -> store.imageByPath(img.path()).isEmpty())
                    .toList();
            if (!fresh.isEmpty()) {
                store.apply(new AddImages(fresh));
            }
            return new Result(!existed, fresh.size(), store.counts().images(), scan.skipped());
        }
    }
}
