package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.app.project.SampleProject;
import dev.promptcanvas.inference.imageio.ProjectInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code promptcanvas init DIR}: makes a folder of images a project, or adds images that are new to it. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a project from a folder of images (recursively; hidden folders are skipped).",
            "On an existing project, adds the images that are new to it.",
            "--sample DIR installs the bundled sample project (photos, annotations, captions with grounded phrases,",
            "referring expressions) into a new folder."})
public final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder of images")
    Path dir;

    @Option(names = "--sample", description = "install the bundled sample project into DIR (a new folder)")
    boolean sample;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (sample) {
            if (Files.exists(dir) && !ProjectStore.isProject(dir)) {
                throw new BadInputException(dir + ": already exists; --sample needs a new folder");
            }
            boolean existed = ProjectStore.isProject(dir);
            SampleProject.ensureInstalled(dir.toAbsolutePath());
            spec.commandLine().getOut().printf("%s %s%n",
                    existed ? "Already a project:" : "Installed the sample project in", dir);
            return ExitCodes.OK;
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": no such folder");
        }
        ProjectInitializer.Result r = ProjectInitializer.initialize(dir);
        var out = spec.commandLine().getOut();
        out.printf("%s %s: %d image(s) added, %d in total%n", r.created() ? "Created project" : "Updated project",
                dir, r.added(), r.total());
        for (String s : r.skipped()) {
            out.println("  skipped " + s);
        }
        return ExitCodes.OK;
    }
}
