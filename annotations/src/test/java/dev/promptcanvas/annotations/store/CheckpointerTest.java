package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.model.Category;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once edits pause, the background checkpointer copies the write-ahead log into the database file. */
class CheckpointerTest {

    @TempDir
    Path dir;

    @Test
    void committedEditsReachTheMainFileAfterAPause() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            store.apply(new AddCategory(Category.named("only-in-the-log-at-first")));
            long deadline = System.nanoTime() + 5_000_000_000L;
            long inMainFile = 0;
            while (inMainFile == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
                inMainFile = countIgnoringTheLog();
            }
            assertThat(inMainFile).as("category visible in the database file itself").isEqualTo(1);
            assertThat(dir.resolve(ProjectStore.DB_FILE + "-wal")).exists();
        }
        assertThat(dir.resolve(ProjectStore.DB_FILE + "-wal")).as("closing removes the log").doesNotExist();
    }

    /** Reads the database file with SQLite's immutable flag, which ignores the write-ahead log. */
    private long countIgnoringTheLog() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve(ProjectStore.DB_FILE).toUri() + "?immutable=1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM categories")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
