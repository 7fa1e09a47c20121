package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.model.Category;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    /** A made-up schema 4: adds a column to categories (and its saved twin) and fills it. */
    static final class AddNotesColumn implements Migration {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public int version() {
            return 4;
        }

        @Override
        public String description() {
            return "category notes";
        }

        @Override
        public void apply(Connection c) throws SQLException {
            runs.incrementAndGet();
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE categories ADD COLUMN notes TEXT");
                s.execute("ALTER TABLE saved_categories ADD COLUMN notes");
                s.execute("UPDATE categories SET notes = 'migrated ' || name");
            }
        }
    }

    /** A made-up schema 5 that fails half-way. */
    static final class BrokenMigration implements Migration {
        @Override
        public int version() {
            return 5;
        }

        @Override
        public String description() {
            return "a migration with a bug";
        }

        @Override
        public void apply(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE half_done (x)");
                s.execute("UPDATE categories SET name = 'renamed'");
                s.execute("SELECT * FROM no_such_table");
            }
        }
    }

    private static ProjectStore open(Path dir, List<Migration> migrations) throws StoreException {
        return new ProjectStore(StoreOpener.open(dir, StoreOptions.defaults(), migrations));
    }

    @Test
    void createRunsEveryMigrationFromAnEmptyMetaTable() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
        }
        DbDump.query(dir, "SELECT value FROM meta WHERE key = 'schema_version'",
                rs -> assertThat(rs.getString(1)).isEqualTo("3"));
    }

    @Test
    void version0DatabaseIsUpgradedOnOpen() throws Exception {
        Path file = dir.resolve(ProjectStore.DB_FILE);
        try (Db db = Connections.openWriter(file, StoreOptions.defaults(), true)) {
            Migrator.bootstrap(db);
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
            store.apply(new AddCategory(Category.named("a")));
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    @Test
    void pendingMigrationsRunOnceInOrder() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            store.apply(new AddCategory(Category.named("cat")));
        }
        AddNotesColumn v3 = new AddNotesColumn();
        List<Migration> migrations = List.of(new SchemaV1(), new SchemaV2(), new SchemaV3(), v3);
        try (ProjectStore store = open(dir, migrations)) {
            assertThat(store.schemaVersion()).isEqualTo(4);
        }
        try (ProjectStore store = open(dir, migrations)) {
            assertThat(store.schemaVersion()).isEqualTo(4);
            assertThat(store.categories()).extracting(Category::name).containsExactly("cat");
        }
        assertThat(v3.runs).hasValue(1);
        DbDump.query(dir, "SELECT notes FROM categories", rs -> assertThat(rs.getString(1)).isEqualTo("migrated cat"));
        // this version of the program (up to schema 3) now refuses the file
        assertThatThrownBy(() -> ProjectStore.open(dir)).hasMessageContaining("(schema 4, this version reads up to 3)");
    }

    @Test
    void failingMigrationIsRolledBackAndReportsTheVersionKept() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            store.apply(new AddCategory(Category.named("cat")));
        }
        open(dir, List.of(new SchemaV1(), new SchemaV2(), new SchemaV3(), new AddNotesColumn())).close();
        String before = DbDump.everything(dir);
        List<Migration> broken = List.of(new SchemaV1(), new SchemaV2(), new SchemaV3(), new AddNotesColumn(), new BrokenMigration());
        assertThatThrownBy(() -> open(dir, broken))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("to schema 5 (a migration with a bug) failed; it is unchanged at schema 4")
                .hasMessageContaining("no such table: no_such_table");
        assertThat(DbDump.everything(dir)).isEqualTo(before);
        assertThat(DbDump.count(dir, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).isZero();
        // the lock was released: a working program can open it
        open(dir, List.of(new SchemaV1(), new SchemaV2(), new SchemaV3(), new AddNotesColumn())).close();
    }

    @Test
    void readOnlyOpenDoesNotMigrate() throws Exception {
        ProjectStore.create(dir).close();
        String before = DbDump.everything(dir);
        assertThatThrownBy(() -> new ProjectStore(StoreOpener.openReadOnly(dir, StoreOptions.defaults(),
                List.of(new SchemaV1(), new SchemaV2(), new SchemaV3(), new AddNotesColumn()), "test")))
                .hasMessageContaining("uses schema 3 and must be upgraded to 4");
        assertThat(DbDump.everything(dir)).isEqualTo(before);
    }

    @Test
    void tableListMatchesTheSchemaAndTheSavedTwins() throws Exception {
        ProjectStore.create(dir).close();
        for (Table t : Table.values()) {
            assertThat(columns(t.sqlName())).as(t.sqlName()).isEqualTo(t.columns());
            List<String> saved = new ArrayList<>(List.of("change_id", "side"));
            saved.addAll(t.columns());
            assertThat(columns(t.savedName())).as(t.savedName()).isEqualTo(saved);
        }
    }

    private List<String> columns(String table) {
        List<String> out = new ArrayList<>();
        DbDump.query(dir, "PRAGMA table_info(" + table + ")", rs -> out.add(rs.getString("name")));
        return out;
    }
}
