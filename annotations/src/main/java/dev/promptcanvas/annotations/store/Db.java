package dev.promptcanvas.annotations.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** One SQLite connection with a cache of prepared statements; used by one thread at a time. */
final class Db implements AutoCloseable {

    private final Connection connection;
    private final Path file;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Db(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** A cached prepared statement (parameters are rebound by every caller). */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Runs a statement with parameters; returns the number of rows changed. */
    int update(String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, params);
        return ps.executeUpdate();
    }

    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of the first row as a long, or {@code ifNone} when there is no row or it is NULL. */
    long queryLong(long ifNone, String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return ifNone;
            }
            long v = rs.getLong(1);
            return rs.wasNull() ? ifNone : v;
        }
    }

    String queryString(String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepare(sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void begin(boolean immediate) throws SQLException {
        execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    }

    void commit() throws SQLException {
        execute("COMMIT");
    }

    /** Rolls back if a transaction is open; never throws (the original failure matters more). */
    void rollbackQuietly() {
        try {
            if (!connection.isClosed()) {
                execute("ROLLBACK");
            }
        } catch (SQLException ignored) {
            // no transaction was open, or SQLite rolled back already (e.g. after SQLITE_FULL)
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            bindOne(ps, i + 1, params[i]);
        }
    }

    static void bindOne(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.NULL);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Boolean b) {
            ps.setInt(index, b ? 1 : 0);
        } else {
            throw new IllegalArgumentException("cannot store a " + value.getClass().getName() + " in SQLite");
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to do with a connection that will not close
        }
    }
}
