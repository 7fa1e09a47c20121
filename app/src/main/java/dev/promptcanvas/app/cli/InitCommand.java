package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.AddImages;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.app.project.ImageFolderScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code promptcanvas init DIR}: makes a folder of images a project, or adds images that are new to it. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a project from a folder of images (recursively; hidden folders are skipped).",
            "On an existing project, adds the images that are new to it."})
public final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder of images")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such folder");
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
            var out = spec.commandLine().getOut();
            out.printf("%s %s: %d image(s) added, %d in total%n", existed ? "Updated project" : "Created project",
                    dir, fresh.size(), store.counts().images());
            for (String s : scan.skipped()) {
                out.println("  skipped " + s);
            }
        }
        return ExitCodes.OK;
    }
}
