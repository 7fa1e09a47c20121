package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a real schema-1 project to schema 2. The file {@code v1-project.db} was written by the schema-1 store
 * (commit e53b3ca): {@link Projects#rich} (9 steps), one more human box on image 1 (step 10), then "Add 2 images"
 * applied and undone, so its redo depends on row images that schema 1 saved without the done column.
 */
class SchemaV2MigrationTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyV1Project() throws IOException {
        try (InputStream in = SchemaV2MigrationTest.class.getResourceAsStream("v1-project.db")) {
            assertThat(in).as("test resource v1-project.db").isNotNull();
            Files.copy(in, dir.resolve(ProjectStore.DB_FILE));
        }
        assertThat(version()).isEqualTo("1");
    }

    @Test
    void openUpgradesKeepingEveryRowAndAddsTheDoneFlagAndIndex() throws Exception {
        String imagesBefore = DbDump.dump(dir, List.of("images"));
        List<String> otherTables = new ArrayList<>(DbDump.DATA_TABLES);
        otherTables.remove("images");
        otherTables.remove("preferences"); // added by schema 3
        String othersBefore = DbDump.dump(dir, otherTables);
        String historyBefore = DbDump.dump(dir, List.of("history", "changes"));
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(3);
            assertThat(store.checkIntegrity()).isEmpty();
        }
        assertThat(version()).isEqualTo("3");
        assertThat(DbDump.dump(dir, otherTables)).isEqualTo(othersBefore);
        assertThat(DbDump.dump(dir, List.of("history", "changes"))).isEqualTo(historyBefore);
        // every image row is kept as it was, with done = 0 appended
        assertThat(DbDump.dump(dir, List.of("images"))).isEqualTo(imagesBefore.replace("\n", " | Integer:0\n")
                .replace("== images | Integer:0\n", "== images\n"));
        assertThat(indexes()).contains("annotations_image_category").doesNotContain("annotations_image");
    }

    @Test
    void upgradedSchemaIsTheSchemaOfANewProject() throws Exception {
        ProjectStore.open(dir).close();
        List<String> upgraded = schema(dir);
        Path fresh = Files.createDirectory(dir.resolve("fresh"));
        ProjectStore.create(fresh).close();
        assertThat(upgraded).isEqualTo(schema(fresh));
    }

    @Test
    void historyWrittenBySchema1UndoesAndRedoesAfterTheUpgrade() throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertThat(store.redoLabels()).containsExactly("Add 2 images");
            assertThat(store.undoLabels()).hasSize(10);
            String start = DbDump.data(dir);
            // the redo restores rows saved by schema 1, without a done column
            assertThat(store.redo()).contains("Add 2 images");
            assertThat(store.imageByPath("more/1.jpg")).isPresent();
            assertThat(store.imageSummaries()).hasSize(5).allMatch(s -> !s.done());
            String end = DbDump.data(dir);
            while (store.canUndo()) {
                store.undo();
            }
            assertThat(store.counts()).isEqualTo(new ProjectCounts(0, 0, 0, 0, 0, 0, 0));
            while (store.canRedo()) {
                store.redo();
            }
            assertThat(DbDump.data(dir)).isEqualTo(end);
            store.undo();
            assertThat(DbDump.data(dir)).isEqualTo(start);
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    @Test
    void upgradedProjectTakesTheNewCommands() throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            List<ImageRecord> images = store.images();
            assertThat(store.imageSummaries()).extracting(ImageSummary::status).containsExactly(
                    ImageStatus.IN_PROGRESS, ImageStatus.IN_PROGRESS, ImageStatus.UNLABELLED);
            store.apply(new SetImageDone(List.of(images.get(2).id()), true));
            assertThat(store.imageSummary(images.get(2).id()).orElseThrow().status()).isEqualTo(ImageStatus.DONE);
            store.apply(new DeleteImages(List.of(images.get(0).id())));
            assertThat(store.counts()).isEqualTo(new ProjectCounts(2, 1, 2, 0, 0, 0, 0));
            store.undo();
            store.undo();
            assertThat(store.imageSummaries()).extracting(ImageSummary::status).containsExactly(
                    ImageStatus.IN_PROGRESS, ImageStatus.IN_PROGRESS, ImageStatus.UNLABELLED);
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    @Test
    void readOnlyOpenRefusesToUpgradeAndLeavesTheFileAlone() throws Exception {
        String before = DbDump.everything(dir);
        assertThatThrownBy(() -> ProjectStore.openReadOnly(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("uses schema 1 and must be upgraded to 3 before it can be read; "
                        + "open it once read-write")
                .extracting(e -> ((StoreException) e).kind()).isEqualTo(StoreException.Kind.READ_ONLY);
        assertThat(DbDump.everything(dir)).isEqualTo(before);
        assertThat(version()).isEqualTo("1");
    }

    private String version() {
        String[] v = new String[1];
        DbDump.query(dir, "SELECT value FROM meta WHERE key = 'schema_version'", rs -> v[0] = rs.getString(1));
        return v[0];
    }

    private List<String> indexes() {
        List<String> out = new ArrayList<>();
        DbDump.query(dir, "SELECT name FROM sqlite_master WHERE type = 'index'", rs -> out.add(rs.getString(1)));
        return out;
    }

    /** Every table, index and trigger with its SQL, by name (SQLite's statistics table left out). */
    private static List<String> schema(Path project) {
        List<String> out = new ArrayList<>();
        DbDump.query(project, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
                + "ORDER BY type, name", rs -> out.add(rs.getString(1) + " " + rs.getString(2) + ": "
                + rs.getString(3)));
        return out;
    }
}
