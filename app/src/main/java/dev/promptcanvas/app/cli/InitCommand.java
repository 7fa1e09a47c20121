package dev.promptcanvas.app.cli;

import dev.promptcanvas.inference.imageio.ProjectInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
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
