package dev.promptcanvas.app.cli;

/** The CLI's exit codes, as ARCHITECTURE.md defines them. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Something failed at run time (I/O, database, model). */
    public static final int RUNTIME_FAILURE = 1;
    /** Bad usage or bad input; the message names the file and field. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
