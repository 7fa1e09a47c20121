package dev.promptcanvas.annotations.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Journaled row writes on the writer connection: every insert, update and delete goes through here so the
 * {@link Journal} sees it. Ids are handed out by {@link #reserve}, never reused (tables are AUTOINCREMENT).
 */
final class RowWriter {

    private static final int BATCH = 2000;

    private final Db db;
    private final Journal journal;
    private final Map<Table, Long> nextIds = new EnumMap<>(Table.class);

    RowWriter(Db db, Journal journal) {
        this.db = db;
        this.journal = journal;
    }

    /** Reserves {@code count} consecutive ids of a table; returns the first. */
    long reserve(Table table, int count) throws SQLException {
        Long next = nextIds.get(table);
        if (next == null) {
            long seq = db.queryLong(0, "SELECT seq FROM sqlite_sequence WHERE name = ?", table.sqlName());
            long max = db.queryLong(0, "SELECT max(id) FROM " + table.sqlName());
            next = Math.max(seq, max) + 1;
        }
        nextIds.put(table, next + count);
        return next;
    }

    /** Inserts one row whose id (element 0) came from {@link #reserve}. */
    void insert(Table table, Object[] row) throws SQLException {
        PreparedStatement ps = db.prepare(table.insertSql());
        Db.bind(ps, row);
        ps.executeUpdate();
        journal.inserted(table, (Long) row[0]);
    }

    /** Inserts rows with consecutive ascending ids, in batches. */
    void insertAll(Table table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        long first = (Long) rows.get(0)[0];
        PreparedStatement ps = db.prepare(table.insertSql());
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            if ((Long) row[0] != first + i) {
                throw new IllegalStateException("rows of " + table.sqlName() + " must have consecutive ids");
            }
            Db.bind(ps, row);
            ps.addBatch();
            if ((i + 1) % BATCH == 0) {
                ps.executeBatch();
            }
        }
        ps.executeBatch();
        journal.insertedRange(table, first, first + rows.size() - 1);
    }

    /** Replaces every column but the id of one row. */
    void update(Table table, Object[] row) throws SQLException {
        long id = (Long) row[0];
        journal.beforeUpdate(table, id);
        Object[] params = new Object[row.length];
        System.arraycopy(row, 1, params, 0, row.length - 1);
        params[row.length - 1] = id;
        db.update(table.updateSql(), params);
    }

    /** {@code UPDATE table SET <set> WHERE <where>} for many rows, saving them first. */
    void updateWhere(Table table, String set, Object[] setParams, String where, Object... whereParams)
            throws SQLException {
        journal.beforeUpdateWhere(table, where, whereParams);
        Object[] params = new Object[setParams.length + whereParams.length];
        System.arraycopy(setParams, 0, params, 0, setParams.length);
        System.arraycopy(whereParams, 0, params, setParams.length, whereParams.length);
        db.update("UPDATE " + table.sqlName() + " SET " + set + " WHERE " + where, params);
    }

    void delete(Table table, Collection<Long> ids) throws SQLException {
        journal.delete(table, ids);
    }
}
