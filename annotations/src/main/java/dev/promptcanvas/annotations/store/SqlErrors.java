package dev.promptcanvas.annotations.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into {@link StoreException}s whose message names the file and what was being done. */
final class SqlErrors {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_NOTADB = 26;

    private SqlErrors() {
    }

    static StoreException translate(SQLException e, Path file, String doing) {
        int code = primaryCode(e);
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        switch (code) {
            case SQLITE_NOTADB:
                return new StoreException(StoreException.Kind.CORRUPT, file + " is not a SQLite database "
                        + "(not a PromptCanvas project file, or damaged) while " + doing, e);
            case SQLITE_CORRUPT:
                return new StoreException(StoreException.Kind.CORRUPT, file + " is damaged (" + detail + ") while "
                        + doing + "; restore it from a backup", e);
            case SQLITE_BUSY:
            case SQLITE_LOCKED:
                return new StoreException(StoreException.Kind.LOCKED, file + " is locked by another program while "
                        + doing + " (" + detail + ")", e);
            case SQLITE_READONLY:
                return new StoreException(StoreException.Kind.READ_ONLY, file + " cannot be written while " + doing
                        + " (" + detail + ")", e);
            case SQLITE_FULL:
                return new StoreException(StoreException.Kind.IO, "the disk holding " + file + " is full while "
                        + doing, e);
            case SQLITE_CONSTRAINT:
                return new StoreException(StoreException.Kind.INVALID_EDIT, doing + " breaks a rule of " + file
                        + " (" + detail + ")", e);
            default:
                return new StoreException(StoreException.Kind.IO, doing + " failed on " + file + ": " + detail, e);
        }
    }

    static UncheckedStoreException unchecked(SQLException e, Path file, String doing) {
        return new UncheckedStoreException(translate(e, file, doing));
    }

    private static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException s) {
            return s.getResultCode().code & 0xff;
        }
        return e.getErrorCode() & 0xff;
    }
}
