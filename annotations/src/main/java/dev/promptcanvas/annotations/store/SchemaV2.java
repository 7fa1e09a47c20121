package dev.promptcanvas.annotations.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema version 2: the user's "done" flag on images (with its column in the undo twin {@code saved_images}), and
 * one index on annotations(image_id, category_id, source) that answers the per-image summaries and replaces the
 * plain image_id index. Frozen: later changes go in new migrations.
 *
 * <p>{@code saved_images.done} defaults to 0 so row images saved by schema 1 (an undone "add images" step) can
 * still be redone after the upgrade.
 */
final class SchemaV2 implements Migration {

    static final List<String> STATEMENTS = List.of(
            "ALTER TABLE images ADD COLUMN done INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE saved_images ADD COLUMN done DEFAULT 0",
            "CREATE INDEX annotations_image_category ON annotations(image_id, category_id, source)",
            "DROP INDEX annotations_image");

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "image done flag and the image summary index";
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
