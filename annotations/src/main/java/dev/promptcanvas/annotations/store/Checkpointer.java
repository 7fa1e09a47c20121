package dev.promptcanvas.annotations.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Copies the write-ahead log back into the database on a background thread once edits pause, so the fsyncs of a
 * checkpoint do not land inside an edit's commit. The writer keeps SQLite's own automatic checkpoint only as a
 * backstop for long bursts without a pause (see {@link Connections#WAL_BACKSTOP_PAGES}).
 */
final class Checkpointer implements AutoCloseable {

    /** How long edits must pause before the log is checkpointed. */
    static final long QUIET_MILLIS = 40;

    private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());

    private final Db db;
    private final Thread thread;
    private final Object lock = new Object();
    private long lastCommitNanos;
    private boolean pending;
    private boolean closed;

    Checkpointer(Path file, StoreOptions options) throws SQLException {
        this.db = Connections.openCheckpointer(file, options);
        this.thread = new Thread(this::run, "promptcanvas-checkpoint " + file.getParent().getFileName());
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Tells the checkpointer a transaction was committed. */
    void committed() {
        synchronized (lock) {
            pending = true;
            lastCommitNanos = System.nanoTime();
            lock.notifyAll();
        }
    }

    private void run() {
        while (true) {
            synchronized (lock) {
                try {
                    while (!closed && (!pending || quietFor() < QUIET_MILLIS)) {
                        lock.wait(pending ? Math.max(1, QUIET_MILLIS - quietFor()) : 0);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (closed) {
                    return;
                }
                pending = false;
            }
            try {
                db.execute("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "background checkpoint of " + db.file() + " failed", e);
            }
        }
    }

    private long quietFor() {
        return (System.nanoTime() - lastCommitNanos) / 1_000_000;
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }
}
