package dev.promptcanvas.annotations.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undo/redo history kept in the database: one {@code history} row per step (label, summary, undone flag) and
 * the step's {@code changes}. Steps are numbered contiguously; the undone ones are always the newest. All methods
 * that write run on the writer connection inside the caller's transaction; {@link #load()} refreshes the cached
 * position after a commit or rollback.
 */
final class History {

    /** A step as stored. */
    record Step(long step, String label, String summary) {
    }

    private final Db db;
    private final int limit;
    private final ChangeReplayer replayer;

    private volatile long newestDone;
    private volatile long newest;

    History(Db db, int limit) {
        this.db = db;
        this.limit = limit;
        this.replayer = new ChangeReplayer(db);
    }

    /** Reads the current position (cheap: two index lookups). */
    void load() throws SQLException {
        newestDone = db.queryLong(0, "SELECT max(step) FROM history WHERE undone = 0");
        newest = db.queryLong(0, "SELECT max(step) FROM history");
    }

    boolean canUndo() {
        return newestDone > 0;
    }

    boolean canRedo() {
        return newest > newestDone;
    }

    /** Drops the redo branch and returns the number the next step will have. */
    long beginStep() throws SQLException {
        if (newest > newestDone) {
            dropStepsAfter(newestDone);
        }
        return newestDone + 1;
    }

    /** Stores the step's row and drops the oldest steps beyond the limit. */
    void endStep(long step, String label, String summary) throws SQLException {
        db.update("INSERT INTO history (step, label, undone, created_at, summary) VALUES (?, ?, 0, ?, ?)",
                step, label, System.currentTimeMillis(), summary);
        long oldest = db.queryLong(step, "SELECT min(step) FROM history");
        if (step - oldest + 1 > limit) {
            dropStepsUpTo(step - limit);
        }
    }

    /** Undoes the newest done step inside the caller's transaction. */
    Optional<Step> undo() throws SQLException {
        Optional<Step> step = step(newestDone);
        if (step.isEmpty()) {
            return step;
        }
        List<ChangeReplayer.Change> changes = changes(step.get().step(), "DESC");
        for (ChangeReplayer.Change c : changes) {
            replayer.undo(c);
        }
        db.update("UPDATE history SET undone = 1 WHERE step = ?", step.get().step());
        return step;
    }

    /** Redoes the oldest undone step inside the caller's transaction. */
    Optional<Step> redo() throws SQLException {
        if (newest <= newestDone) {
            return Optional.empty();
        }
        Optional<Step> step = step(newestDone + 1);
        if (step.isEmpty()) {
            return step;
        }
        for (ChangeReplayer.Change c : changes(step.get().step(), "ASC")) {
            replayer.redo(c);
        }
        db.update("UPDATE history SET undone = 0 WHERE step = ?", step.get().step());
        return step;
    }

    private Optional<Step> step(long number) throws SQLException {
        if (number <= 0) {
            return Optional.empty();
        }
        PreparedStatement ps = db.prepare("SELECT step, label, summary FROM history WHERE step = ?");
        ps.setLong(1, number);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Step(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    : Optional.empty();
        }
    }

    private List<ChangeReplayer.Change> changes(long step, String order) throws SQLException {
        PreparedStatement ps = db.prepare("SELECT id, op, tbl, first_id, last_id FROM changes WHERE step = ? "
                + "ORDER BY id " + order);
        ps.setLong(1, step);
        List<ChangeReplayer.Change> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ChangeReplayer.Change(rs.getLong(1), rs.getString(2), Table.bySqlName(rs.getString(3)),
                        rs.getLong(4), rs.getLong(5)));
            }
        }
        return out;
    }

    private void dropStepsAfter(long step) throws SQLException {
        for (Table t : Table.values()) {
            db.update("DELETE FROM " + t.savedName() + " WHERE change_id IN (SELECT id FROM changes WHERE step > ?)",
                    step);
        }
        db.update("DELETE FROM changes WHERE step > ?", step);
        db.update("DELETE FROM history WHERE step > ?", step);
    }

    private void dropStepsUpTo(long step) throws SQLException {
        for (Table t : Table.values()) {
            db.update("DELETE FROM " + t.savedName() + " WHERE change_id IN (SELECT id FROM changes WHERE step <= ?)",
                    step);
        }
        db.update("DELETE FROM changes WHERE step <= ?", step);
        db.update("DELETE FROM history WHERE step <= ?", step);
    }
}
