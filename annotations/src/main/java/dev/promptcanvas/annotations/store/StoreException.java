package dev.promptcanvas.annotations.store;

/** A project store operation that could not be done; the message says what and where, nothing was half-done. */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that map errors to exit codes or dialogs. */
    public enum Kind {
        /** The folder has no promptcanvas.db (or does not exist). */
        NOT_A_PROJECT,
        /** create() on a folder that already holds a project. */
        ALREADY_A_PROJECT,
        /** The database was written by a newer PromptCanvas. */
        NEWER_SCHEMA,
        /** Another PromptCanvas (or another program) holds the write lock. */
        LOCKED,
        /** The file is not a SQLite database, or it is damaged. */
        CORRUPT,
        /** The project is open read-only; edits are refused. */
        READ_ONLY,
        /** An edit refers to something that does not exist or breaks a rule; nothing was written. */
        INVALID_EDIT,
        /** The file system or SQLite failed (disk full, permissions, I/O error). */
        IO
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
