package dev.promptcanvas.annotations.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Records the row changes of one undo step, in the same transaction as the changes themselves.
 *
 * <p>Each entry of {@code changes} is an insert ('I', a contiguous id range of one table), a delete ('D') or an
 * update ('U'). Deleted and updated rows are copied, before the change, into the table's {@code saved_*} twin under
 * the entry's id with side 0; inserted rows need no copy until they are undone. {@link ChangeReplayer} walks the
 * entries backwards to undo and forwards to redo.
 */
final class Journal {

    private final Db db;
    private final long step;
    private long nextChangeId;
    private int written;

    private Table pendingTable;
    private long pendingFirst;
    private long pendingLast;

    Journal(Db db, long step) throws SQLException {
        this.db = db;
        this.step = step;
        this.nextChangeId = db.queryLong(0, "SELECT max(id) FROM changes") + 1;
    }

    /** Notes that a row with this id was inserted (consecutive ids of one table share one entry). */
    void inserted(Table table, long id) throws SQLException {
        insertedRange(table, id, id);
    }

    void insertedRange(Table table, long first, long last) throws SQLException {
        if (pendingTable == table && first == pendingLast + 1) {
            pendingLast = last;
            return;
        }
        flush();
        pendingTable = table;
        pendingFirst = first;
        pendingLast = last;
    }

    /** Saves the current image of one row that is about to be updated. */
    void beforeUpdate(Table table, long id) throws SQLException {
        beforeUpdateWhere(table, "id = ?", id);
    }

    /** Saves the current images of the rows matching {@code where} (which is about to update exactly them). */
    void beforeUpdateWhere(Table table, String where, Object... params) throws SQLException {
        flush();
        long change = nextChangeId;
        Object[] all = new Object[params.length + 1];
        all[0] = change;
        System.arraycopy(params, 0, all, 1, params.length);
        int rows = db.update("INSERT INTO " + table.savedName() + " (change_id, side, " + table.columnList()
                + ") SELECT ?, 0, " + table.columnList() + " FROM " + table.sqlName() + " WHERE " + where, all);
        if (rows > 0) {
            nextChangeId++;
            writeEntry(change, "U", table, null, null);
        }
    }

    /** Saves and deletes these rows of one table. */
    void delete(Table table, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        flush();
        long change = nextChangeId++;
        PreparedStatement save = db.prepare("INSERT INTO " + table.savedName() + " (change_id, side, "
                + table.columnList() + ") SELECT ?, 0, " + table.columnList() + " FROM " + table.sqlName()
                + " WHERE id = ?");
        PreparedStatement delete = db.prepare("DELETE FROM " + table.sqlName() + " WHERE id = ?");
        for (long id : ids) {
            save.setLong(1, change);
            save.setLong(2, id);
            save.addBatch();
            delete.setLong(1, id);
            delete.addBatch();
        }
        requireAll(save.executeBatch(), table, "save");
        requireAll(delete.executeBatch(), table, "delete");
        writeEntry(change, "D", table, null, null);
    }

    /** Writes the pending insert range, if any. */
    void flush() throws SQLException {
        if (pendingTable != null) {
            Table t = pendingTable;
            pendingTable = null;
            writeEntry(nextChangeId++, "I", t, pendingFirst, pendingLast);
        }
    }

    /** True while nothing has been changed. */
    boolean isEmpty() {
        return written == 0 && pendingTable == null;
    }

    private void writeEntry(long id, String op, Table table, Long first, Long last) throws SQLException {
        db.update("INSERT INTO changes (id, step, op, tbl, first_id, last_id) VALUES (?, ?, ?, ?, ?, ?)",
                id, step, op, table.sqlName(), first, last);
        written++;
    }

    private static void requireAll(int[] counts, Table table, String what) throws SQLException {
        for (int c : counts) {
            if (c != 1 && c != PreparedStatement.SUCCESS_NO_INFO) {
                throw new SQLException("could not " + what + " a row of " + table.sqlName()
                        + " (it does not exist)");
            }
        }
    }
}
