package dev.promptcanvas.app;

import dev.promptcanvas.app.cli.PromptCanvasCommand;

/** Entry point: no arguments opens the workbench; a subcommand runs the CLI without starting JavaFX. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(new WorkbenchLauncher().open(null));
        }
        System.exit(PromptCanvasCommand.run(args));
    }
}
