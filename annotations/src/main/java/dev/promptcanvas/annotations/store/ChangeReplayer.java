package dev.promptcanvas.annotations.store;

import java.sql.SQLException;

/**
 * Undoes and redoes the entries written by {@link Journal}. Undo and redo are strict stack operations (a new edit
 * drops the redo branch), so when an entry is replayed the data is exactly as it was when the entry was last
 * crossed, and the saved row images are valid. Row counts are checked; a mismatch aborts the transaction.
 */
final class ChangeReplayer {

    /** One entry of the {@code changes} table. */
    record Change(long id, String op, Table table, long firstId, long lastId) {
    }

    private final Db db;

    ChangeReplayer(Db db) {
        this.db = db;
    }

    void undo(Change c) throws SQLException {
        Table t = c.table();
        switch (c.op()) {
            case "I": {
                db.update("DELETE FROM " + t.savedName() + " WHERE change_id = ?", c.id());
                int saved = db.update("INSERT INTO " + t.savedName() + " (change_id, side, " + t.columnList()
                        + ") SELECT ?, 1, " + t.columnList() + " FROM " + t.sqlName() + " WHERE id BETWEEN ? AND ?",
                        c.id(), c.firstId(), c.lastId());
                int removed = db.update("DELETE FROM " + t.sqlName() + " WHERE id BETWEEN ? AND ?",
                        c.firstId(), c.lastId());
                expect(c.lastId() - c.firstId() + 1, saved, c, "save inserted rows");
                expect(saved, removed, c, "remove inserted rows");
                break;
            }
            case "D":
                expect(savedCount(c, 0), restore(c, 0), c, "restore deleted rows");
                break;
            case "U":
                db.update("DELETE FROM " + t.savedName() + " WHERE change_id = ? AND side = 1", c.id());
                db.update("INSERT INTO " + t.savedName() + " (change_id, side, " + t.columnList() + ") SELECT ?, 1, "
                        + t.columnList() + " FROM " + t.sqlName() + " WHERE id IN (SELECT id FROM " + t.savedName()
                        + " WHERE change_id = ? AND side = 0)", c.id(), c.id());
                expect(savedCount(c, 0), overwrite(c, 0), c, "restore updated rows");
                break;
            default:
                throw new SQLException("unknown change kind '" + c.op() + "' in the undo history");
        }
    }

    void redo(Change c) throws SQLException {
        Table t = c.table();
        switch (c.op()) {
            case "I": {
                expect(c.lastId() - c.firstId() + 1, restore(c, 1), c, "re-insert rows");
                db.update("DELETE FROM " + t.savedName() + " WHERE change_id = ?", c.id());
                break;
            }
            case "D": {
                int removed = db.update("DELETE FROM " + t.sqlName() + " WHERE id IN (SELECT id FROM "
                        + t.savedName() + " WHERE change_id = ? AND side = 0)", c.id());
                expect(savedCount(c, 0), removed, c, "delete rows again");
                break;
            }
            case "U":
                expect(savedCount(c, 1), overwrite(c, 1), c, "re-apply updated rows");
                break;
            default:
                throw new SQLException("unknown change kind '" + c.op() + "' in the undo history");
        }
    }

    private int restore(Change c, int side) throws SQLException {
        Table t = c.table();
        return db.update("INSERT INTO " + t.sqlName() + " (" + t.columnList() + ") SELECT " + t.columnList()
                + " FROM " + t.savedName() + " WHERE change_id = ? AND side = ? ORDER BY id", c.id(), side);
    }

    /**
     * Writes the saved row images of one side back over the rows. A join (UPDATE ... FROM) rather than a correlated
     * subquery: the saved tables' untyped id column has another affinity than the data tables' integer ids, so
     * SQLite cannot use the (change_id, side, id) key for {@code s.id = t.id} inside a subquery, which made undoing
     * an update of n rows cost n² (minutes for 100,000 images marked done).
     */
    private int overwrite(Change c, int side) throws SQLException {
        Table t = c.table();
        StringBuilder set = new StringBuilder();
        for (String column : t.columns().subList(1, t.columns().size())) {
            set.append(set.length() == 0 ? "" : ", ").append(column).append(" = s.").append(column);
        }
        return db.update("UPDATE " + t.sqlName() + " SET " + set + " FROM " + t.savedName() + " s "
                + "WHERE s.change_id = ? AND s.side = ? AND s.id = " + t.sqlName() + ".id", c.id(), side);
    }

    private long savedCount(Change c, int side) throws SQLException {
        return db.queryLong(0, "SELECT count(*) FROM " + c.table().savedName() + " WHERE change_id = ? AND side = ?",
                c.id(), side);
    }

    private static void expect(long expected, long actual, Change c, String what) throws SQLException {
        if (expected != actual) {
            throw new SQLException("the undo history does not match the data: could not " + what + " of "
                    + c.table().sqlName() + " (change " + c.id() + ": expected " + expected + " rows, got " + actual
                    + ")");
        }
    }
}
