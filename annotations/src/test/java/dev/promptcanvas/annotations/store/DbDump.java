package dev.promptcanvas.annotations.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a project database through its own JDBC connection and renders tables as text, for state comparisons. */
final class DbDump {

    /** Tables holding project data (compared after undo: history tables legitimately differ). */
    static final List<String> DATA_TABLES = List.of("images", "categories", "prompt_records", "annotations",
            "captions", "phrases", "phrase_targets", "expressions", "expression_targets", "preferences", "row_counts");

    private DbDump() {
    }

    static String data(Path projectDir) {
        return dump(projectDir, DATA_TABLES);
    }

    /** Every table of the database, history and sequences included. */
    static String everything(Path projectDir) {
        List<String> tables = new ArrayList<>();
        query(projectDir, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", rs -> {
            tables.add(rs.getString(1));
        });
        return dump(projectDir, tables);
    }

    static String dump(Path projectDir, List<String> tables) {
        StringBuilder out = new StringBuilder();
        for (String table : tables) {
            out.append("== ").append(table).append('\n');
            query(projectDir, "SELECT * FROM " + table + " ORDER BY 1, 2", rs -> {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    out.append(i > 1 ? " | " : "").append(v == null ? "NULL" : v.getClass().getSimpleName() + ":" + v);
                }
                out.append('\n');
            });
        }
        return out.toString();
    }

    static long count(Path projectDir, String sql) {
        long[] n = new long[1];
        query(projectDir, sql, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /** One row callback. */
    interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    static void query(Path projectDir, String sql, Row row) {
        String url = "jdbc:sqlite:" + projectDir.resolve(ProjectStore.DB_FILE).toAbsolutePath().toUri();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
