package dev.promptcanvas.app.cli;

import dev.promptcanvas.app.WorkbenchLauncher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code promptcanvas gui [DIR]}: opens the workbench. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the workbench on DIR (made a project if needed), else the last project or the sample.")
public final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "a project or a folder of images (a project's promptcanvas.db file opens its folder)")
    Path dir;

    @Override
    public Integer call() {
        boolean projectFile = dir != null && dir.getFileName() != null
                && dir.getFileName().toString().equals("promptcanvas.db") && java.nio.file.Files.isRegularFile(dir);
        return new WorkbenchLauncher().open(projectFile ? dir.toAbsolutePath().getParent() : dir);
    }
}
