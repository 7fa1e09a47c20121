package dev.promptcanvas.annotations.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

/**
 * Connections for reads from any thread. Each read runs in its own read transaction on a connection of its own,
 * so in WAL mode it sees the last committed state and never waits for the writer.
 */
final class ReadPool implements AutoCloseable {

    private static final int MAX_IDLE = 4;

    private final Path file;
    private final StoreOptions options;
    private final boolean readOnlyStore;
    private final Deque<Db> idle = new ArrayDeque<>();
    private boolean closed;

    ReadPool(Path file, StoreOptions options, boolean readOnlyStore) {
        this.file = file;
        this.options = options;
        this.readOnlyStore = readOnlyStore;
    }

    /** Runs {@code work} inside one read transaction (consistent across its statements). */
    <T> T read(Function<ProjectReader, T> work) {
        Db db = borrow();
        boolean healthy = false;
        try {
            db.begin(false);
            T result = work.apply(new ProjectReader(db));
            db.commit();
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw SqlErrors.unchecked(e, file, "reading the project");
        } finally {
            if (!healthy) {
                db.rollbackQuietly();
            }
            release(db);
        }
    }

    /** Runs {@code work} with a raw connection (for checks), outside any transaction. */
    <T> T withConnection(SqlFunction<T> work) throws StoreException {
        Db db = borrow();
        try {
            return work.apply(db);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, "checking the project");
        } finally {
            release(db);
        }
    }

    /** Work on a connection that may fail with SQL errors. */
    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Db db) throws SQLException, StoreException;
    }

    private Db borrow() {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the project store " + file.getParent() + " is closed");
            }
            Db db = idle.pollFirst();
            if (db != null) {
                return db;
            }
        }
        try {
            return Connections.openReader(file, options, readOnlyStore);
        } catch (SQLException e) {
            throw SqlErrors.unchecked(e, file, "opening a read connection");
        }
    }

    private void release(Db db) {
        synchronized (this) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(db);
                return;
            }
        }
        db.close();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            while (!idle.isEmpty()) {
                idle.pollFirst().close();
            }
        }
    }
}
