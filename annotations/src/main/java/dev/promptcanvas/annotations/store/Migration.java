package dev.promptcanvas.annotations.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One numbered schema change; {@link Migrator} runs each once, in order, in its own transaction. */
interface Migration {

    /** The schema version this migration produces (1, 2, ...). */
    int version();

    String description();

    /** Changes the schema; runs inside a transaction that the migrator commits or rolls back. */
    void apply(Connection connection) throws SQLException;
}
