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

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "a project or a folder of images")
    Path dir;

    @Override
    public Integer call() {
        return new WorkbenchLauncher().open(dir);
    }
}
