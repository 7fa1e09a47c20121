package dev.promptcanvas.annotations.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens SQLite connections to a project database with the settings the store relies on: WAL journal,
 * synchronous=NORMAL (a committed edit survives the process being killed; WAL is fsynced at checkpoints), deferred
 * foreign keys enforced, and a busy timeout.
 */
final class Connections {

    /**
     * The writer checkpoints by itself only when the log passes this many pages (64 MB) without the background
     * {@link Checkpointer} having caught up, e.g. during a long burst of edits or after a big import.
     */
    static final int WAL_BACKSTOP_PAGES = 16384;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private Connections() {
    }

    /** The read-write connection that applies every edit. */
    static Db openWriter(Path file, StoreOptions options, boolean create) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(options.busyTimeoutMillis());
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        Db db = new Db(config.createConnection(url(file)), file);
        try {
            String mode = db.queryString("PRAGMA journal_mode = WAL");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new SQLException("SQLite refused WAL mode (journal_mode is " + mode + ")");
            }
            db.execute("PRAGMA synchronous = NORMAL");
            db.execute("PRAGMA foreign_keys = ON");
            db.execute("PRAGMA cache_size = -32768");
            db.execute("PRAGMA temp_store = MEMORY");
            db.execute("PRAGMA wal_autocheckpoint = " + WAL_BACKSTOP_PAGES);
            db.execute("PRAGMA journal_size_limit = " + (64L << 20));
            db.execute("PRAGMA analysis_limit = 400");
            return db;
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    /** The connection of the background {@link Checkpointer}. */
    static Db openCheckpointer(Path file, StoreOptions options) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(options.busyTimeoutMillis());
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        Db db = new Db(config.createConnection(url(file)), file);
        try {
            db.execute("PRAGMA synchronous = NORMAL");
            return db;
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    /**
     * A connection for reads. In a read-only store it is opened read-only; when the folder cannot be written and
     * no write-ahead log is present, it is opened immutable (SQLite cannot create its shared-memory file there).
     */
    static Db openReader(Path file, StoreOptions options, boolean readOnlyStore) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(options.busyTimeoutMillis());
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        String url = url(file);
        if (readOnlyStore) {
            config.setReadOnly(true);
            Path dir = file.toAbsolutePath().getParent();
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (!Files.isWritable(dir) && !Files.exists(wal)) {
                url += "?immutable=1";
            }
        }
        Connection c = config.createConnection(url);
        Db db = new Db(c, file);
        try {
            db.execute("PRAGMA query_only = ON");
            return db;
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    /** Fails with a clear message when the file is empty or does not start with SQLite's header. */
    static void checkHeader(Path file) throws StoreException {
        byte[] head = new byte[SQLITE_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "cannot read " + file + ": " + e, e);
        }
        if (n == 0) {
            throw new StoreException(StoreException.Kind.CORRUPT, file + " is empty, not a PromptCanvas database "
                    + "(delete it and run `promptcanvas init` again)");
        }
        if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException(StoreException.Kind.CORRUPT, file + " is not a SQLite database "
                    + "(not a PromptCanvas project file, or damaged)");
        }
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri();
    }
}
