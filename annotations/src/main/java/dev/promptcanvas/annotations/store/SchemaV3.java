package dev.promptcanvas.annotations.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Schema version 3: preference pairs from the prompt lab, with their undo twin. Frozen. */
final class SchemaV3 implements Migration {

    static final List<String> STATEMENTS = List.of(
            "CREATE TABLE preferences (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "image_id INTEGER NOT NULL REFERENCES images(id) DEFERRABLE INITIALLY DEFERRED, "
                    + "payload TEXT NOT NULL)",
            "CREATE INDEX preferences_image ON preferences(image_id)",
            "CREATE TABLE saved_preferences (change_id INTEGER NOT NULL, side INTEGER NOT NULL, id, image_id, "
                    + "payload, PRIMARY KEY (change_id, side, id))");

    @Override
    public int version() {
        return 3;
    }

    @Override
    public String description() {
        return "prompt-lab preference pairs";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                s.execute(sql);
            }
        }
    }
}
