package dev.promptcanvas.annotations.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** {@link ProjectStore#checkIntegrity()}: SQLite's own checks plus the store's counters. */
final class IntegrityCheck {

    private IntegrityCheck() {
    }

    static List<String> run(Db db) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = db.connection().createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        problems.add("integrity: " + rs.getString(1));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2) + " points at a missing "
                            + rs.getString(3) + " row");
                }
            }
            List<String[]> counters = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tbl, n FROM row_counts")) {
                while (rs.next()) {
                    counters.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] c : counters) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + c[0])) {
                    rs.next();
                    if (rs.getLong(1) != Long.parseLong(c[1])) {
                        problems.add("counter: row_counts says " + c[1] + " " + c[0] + " but there are "
                                + rs.getLong(1));
                    }
                }
            }
        }
        return problems;
    }
}
