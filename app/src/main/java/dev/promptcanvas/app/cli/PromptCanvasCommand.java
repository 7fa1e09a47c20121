package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.store.StoreException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code promptcanvas} command and its subcommands. */
@Command(name = "promptcanvas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        description = {"Annotation and visual-prompt workbench.",
            "Without a command, opens the workbench on the last project (else the bundled sample project)."},
        subcommands = {GuiCommand.class, InitCommand.class, InfoCommand.class, ImportCommand.class,
            ExportCommand.class, SegmentCommand.class, ModelsCommand.class, RenderCommand.class, EncodeCommand.class,
            AskCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class PromptCanvasCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command; see --help");
    }

    /** Runs the CLI and returns the exit code (0 ok, 1 runtime failure, 2 bad usage or input). */
    public static int run(String... args) {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams (tests use this). */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PromptCanvasCommand());
        cl.setExpandAtFiles(false);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("promptcanvas: " + message(ex));
            commandLine.getErr().flush();
            return exitCode(ex);
        });
        return cl;
    }

    static int exitCode(Exception ex) {
        if (ex instanceof BadInputException || ex instanceof FormatException
                || ex instanceof IllegalArgumentException
                || ex instanceof dev.promptcanvas.inference.models.ModelException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.RUNTIME_FAILURE;
    }

    private static String message(Exception ex) {
        if (ex instanceof StoreException || ex instanceof BadInputException || ex instanceof FormatException
                || ex instanceof dev.promptcanvas.inference.models.ModelException) {
            return ex.getMessage();
        }
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
