package dev.promptcanvas.annotations.store;

import java.sql.SQLException;
import java.util.List;

/**
 * Brings a project database to the current schema: reads {@code meta.schema_version} and runs each newer
 * {@link Migration} once, in order, each in its own transaction together with the version bump, so a failing
 * migration leaves the database exactly at the previous version.
 */
final class Migrator {

    /** The migrations of this version of PromptCanvas, in order. */
    static final List<Migration> MIGRATIONS = List.of(new SchemaV1(), new SchemaV2(), new SchemaV3());

    private Migrator() {
    }

    static int latest(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalStateException("migration " + i + " has version " + migrations.get(i).version()
                        + ", expected " + (i + 1));
            }
        }
        return migrations.size();
    }

    /** Makes a fresh database a version-0 project: just the meta table. */
    static void bootstrap(Db db) throws SQLException {
        db.begin(true);
        try {
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            db.update("INSERT INTO meta (key, value) VALUES ('schema_version', '0')");
            db.update("INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                    String.valueOf(System.currentTimeMillis()));
            db.commit();
        } catch (SQLException e) {
            db.rollbackQuietly();
            throw e;
        }
    }

    /** The stored schema version; fails clearly on a SQLite file that is not a PromptCanvas project. */
    static int readVersion(Db db) throws StoreException {
        try {
            long hasMeta = db.queryLong(0, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
            if (hasMeta == 0) {
                throw new StoreException(StoreException.Kind.CORRUPT, db.file()
                        + " is a SQLite database but not a PromptCanvas project (no meta table)");
            }
            String v = db.queryString("SELECT value FROM meta WHERE key = 'schema_version'");
            if (v == null || !v.matches("\\d{1,9}")) {
                throw new StoreException(StoreException.Kind.CORRUPT, db.file()
                        + " has no valid schema_version in its meta table (found " + v + ")");
            }
            return Integer.parseInt(v);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, db.file(), "reading the schema version");
        }
    }

    /** Fails when the database is newer than this program understands. */
    static void requireReadable(int version, List<Migration> migrations, Db db) throws StoreException {
        int latest = latest(migrations);
        if (version > latest) {
            throw new StoreException(StoreException.Kind.NEWER_SCHEMA, db.file()
                    + " was written by a newer PromptCanvas (schema " + version + ", this version reads up to "
                    + latest + "); update PromptCanvas to open it");
        }
    }

    /** Runs the pending migrations; returns the resulting version. */
    static int migrate(Db db, List<Migration> migrations) throws StoreException {
        int version = readVersion(db);
        requireReadable(version, migrations, db);
        for (Migration m : migrations) {
            if (m.version() <= version) {
                continue;
            }
            try {
                db.begin(true);
                int current = Integer.parseInt(db.queryString("SELECT value FROM meta WHERE key = 'schema_version'"));
                if (current >= m.version()) {
                    db.rollbackQuietly();
                    version = current;
                    continue;
                }
                m.apply(db.connection());
                db.update("UPDATE meta SET value = ? WHERE key = 'schema_version'", String.valueOf(m.version()));
                db.commit();
                version = m.version();
            } catch (SQLException | RuntimeException e) {
                db.rollbackQuietly();
                String problem = e instanceof SQLException s ? SqlErrors.translate(s, db.file(), "migrating")
                        .getMessage() : e.toString();
                throw new StoreException(StoreException.Kind.IO, "upgrading " + db.file() + " to schema "
                        + m.version() + " (" + m.description() + ") failed; it is unchanged at schema " + version
                        + ": " + problem, e);
            }
        }
        return version;
    }
}
