package dev.promptcanvas.annotations.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;

/** Creating and opening projects: the checks, the lock, the connections and the schema upgrade. */
final class StoreOpener {

    /** What an opened store holds; writer, history and lock are null when read-only. */
    record Opened(Path dir, String readOnlyReason, int schemaVersion, ProjectLock lock, Db writer, History history,
                  Checkpointer checkpointer, ReadPool readers) {
    }

    private StoreOpener() {
    }

    static boolean isProject(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(ProjectStore.DB_FILE));
    }

    static Opened create(Path dir, StoreOptions options, List<Migration> migrations) throws StoreException {
        if (!Files.isDirectory(dir)) {
            throw new StoreException(StoreException.Kind.IO, dir + " is not an existing folder; create it first");
        }
        if (isProject(dir)) {
            throw new StoreException(StoreException.Kind.ALREADY_A_PROJECT, dir
                    + " is already a PromptCanvas project (it has " + ProjectStore.DB_FILE + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "cannot create a project in " + dir
                    + ": the folder is read-only");
        }
        ProjectLock lock = ProjectLock.acquire(dir);
        try {
            if (isProject(dir)) {
                throw new StoreException(StoreException.Kind.ALREADY_A_PROJECT, dir
                        + " became a PromptCanvas project while it was being created");
            }
            buildDatabase(dir, options, migrations);
            return openWritable(dir, options, migrations, lock);
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Builds the schema in a side file and renames it into place, so a crash never leaves a half-made project. */
    private static void buildDatabase(Path dir, StoreOptions options, List<Migration> migrations)
            throws StoreException {
        Path file = dir.resolve(ProjectStore.DB_FILE);
        Path temp = dir.resolve(ProjectStore.DB_FILE + ".creating");
        try {
            deleteWithSidecars(temp);
            try (Db db = Connections.openWriter(temp, options, true)) {
                Migrator.bootstrap(db);
                Migrator.migrate(db, migrations);
            }
            // A stale log left by an earlier, deleted project must never be replayed into the new database.
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, temp, "creating the project database");
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "cannot create " + file + ": " + e, e);
        } finally {
            try {
                deleteWithSidecars(temp);
            } catch (IOException ignored) {
                // a leftover side file is removed by the next create
            }
        }
    }

    private static void deleteWithSidecars(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
    }

    static Opened open(Path dir, StoreOptions options, List<Migration> migrations) throws StoreException {
        Path file = requireProject(dir);
        if (!Files.isWritable(dir) || !Files.isWritable(file)) {
            return openReadOnly(dir, options, migrations, !Files.isWritable(dir) ? "the folder is read-only"
                    : ProjectStore.DB_FILE + " is read-only");
        }
        ProjectLock lock = ProjectLock.acquire(dir);
        try {
            return openWritable(dir, options, migrations, lock);
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Opened openWritable(Path dir, StoreOptions options, List<Migration> migrations, ProjectLock lock)
            throws StoreException {
        Path file = dir.resolve(ProjectStore.DB_FILE);
        Db writer;
        try {
            writer = Connections.openWriter(file, options, false);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, file, "opening the project");
        }
        try {
            int version = Migrator.migrate(writer, migrations);
            History history = new History(writer, options.historyLimit());
            history.load();
            return new Opened(dir, null, version, lock, writer, history, new Checkpointer(file, options),
                    new ReadPool(file, options, false));
        } catch (SQLException e) {
            writer.close();
            throw SqlErrors.translate(e, file, "reading the undo history");
        } catch (StoreException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    static Opened openReadOnly(Path dir, StoreOptions options, List<Migration> migrations, String reason)
            throws StoreException {
        Path file = requireProject(dir);
        ReadPool readers = new ReadPool(file, options, true);
        try {
            int version = readers.withConnection(db -> {
                int v = Migrator.readVersion(db);
                Migrator.requireReadable(v, migrations, db);
                return v;
            });
            if (version < Migrator.latest(migrations)) {
                throw new StoreException(StoreException.Kind.READ_ONLY, file + " uses schema " + version
                        + " and must be upgraded to " + Migrator.latest(migrations)
                        + " before it can be read; open it once read-write");
            }
            return new Opened(dir, reason, version, null, null, null, null, readers);
        } catch (StoreException | RuntimeException e) {
            readers.close();
            if (e instanceof UncheckedStoreException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    private static Path requireProject(Path dir) throws StoreException {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StoreException(StoreException.Kind.NOT_A_PROJECT, dir + " is not a PromptCanvas project: "
                    + "the folder does not exist");
        }
        Path file = dir.resolve(ProjectStore.DB_FILE);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Kind.NOT_A_PROJECT, dir + " is not a PromptCanvas project: no "
                    + ProjectStore.DB_FILE + "; run `promptcanvas init " + dir + "`");
        }
        Connections.checkHeader(file);
        return file;
    }
}
