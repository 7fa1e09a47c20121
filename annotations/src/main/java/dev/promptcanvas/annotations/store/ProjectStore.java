package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.PreferenceRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A PromptCanvas project: a folder holding (or pointing at) images and the SQLite database {@value #DB_FILE}.
 *
 * <p>Every edit is a {@link Command} applied in one transaction and recorded, in the same transaction, in an undo
 * history kept in the database (so undo and redo survive restarts). The database runs in WAL mode with
 * synchronous=NORMAL: once {@link #apply} returns, the edit survives the process being killed. One writer at a
 * time holds {@code promptcanvas.lock}; reads work from any thread and never wait for the writer.
 */
public final class ProjectStore implements ProjectView, AutoCloseable {

    public static final String DB_FILE = "promptcanvas.db";

    private static final System.Logger LOG = System.getLogger(ProjectStore.class.getName());

    private final Path dir;
    private final String readOnlyReason;
    private final int schemaVersion;
    private final ProjectLock lock;
    private final Db writer;
    private final History history;
    private final Checkpointer checkpointer;
    private final ReadPool readers;
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final Object writeLock = new Object();
    private volatile boolean closed;

    ProjectStore(StoreOpener.Opened opened) {
        this.dir = opened.dir();
        this.readOnlyReason = opened.readOnlyReason();
        this.schemaVersion = opened.schemaVersion();
        this.lock = opened.lock();
        this.writer = opened.writer();
        this.history = opened.history();
        this.checkpointer = opened.checkpointer();
        this.readers = opened.readers();
    }

    /** Whether the folder holds a project database. */
    public static boolean isProject(Path dir) {
        return StoreOpener.isProject(dir);
    }

    /** Makes an existing folder a project; fails if it already is one. */
    public static ProjectStore create(Path dir) throws StoreException {
        return create(dir, StoreOptions.defaults());
    }

    public static ProjectStore create(Path dir, StoreOptions options) throws StoreException {
        return new ProjectStore(StoreOpener.create(dir, options, Migrator.MIGRATIONS));
    }

    /**
     * Opens a project read-write, upgrading its schema if needed. A folder or database that cannot be written is
     * opened read-only instead (see {@link #isReadOnly()} and {@link #readOnlyReason()}); a project open in another
     * writer fails fast with kind LOCKED.
     */
    public static ProjectStore open(Path dir) throws StoreException {
        return open(dir, StoreOptions.defaults());
    }

    public static ProjectStore open(Path dir, StoreOptions options) throws StoreException {
        return new ProjectStore(StoreOpener.open(dir, options, Migrator.MIGRATIONS));
    }

    /** Opens a project for reading only; works while another process writes it. */
    public static ProjectStore openReadOnly(Path dir) throws StoreException {
        return openReadOnly(dir, StoreOptions.defaults());
    }

    public static ProjectStore openReadOnly(Path dir, StoreOptions options) throws StoreException {
        return new ProjectStore(StoreOpener.openReadOnly(dir, options, Migrator.MIGRATIONS, "opened read-only"));
    }

    public Path directory() {
        return dir;
    }

    public boolean isReadOnly() {
        return writer == null;
    }

    /** Why the project is read-only (empty when it is writable). */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    // ---- reads --------------------------------------------------------------------------------------------------

    @Override
    public List<ImageRecord> images() {
        return readers.read(ProjectReader::images);
    }

    @Override
    public Optional<ImageRecord> image(long id) {
        return readers.read(r -> r.image(id));
    }

    @Override
    public Optional<ImageRecord> imageByPath(String relativePath) {
        return readers.read(r -> r.imageByPath(relativePath));
    }

    @Override
    public List<Category> categories() {
        return readers.read(ProjectReader::categories);
    }

    @Override
    public Optional<Category> category(long id) {
        return readers.read(r -> r.category(id));
    }

    @Override
    public Optional<Category> categoryByName(String name) {
        return readers.read(r -> r.categoryByName(name));
    }

    @Override
    public List<Annotation> annotations(long imageId) {
        return readers.read(r -> r.annotations(imageId));
    }

    @Override
    public Optional<Annotation> annotation(long id) {
        return readers.read(r -> r.annotation(id));
    }

    @Override
    public List<Caption> captions(long imageId) {
        return readers.read(r -> r.captions(imageId));
    }

    @Override
    public Optional<Caption> caption(long id) {
        return readers.read(r -> r.caption(id));
    }

    @Override
    public List<GroundedPhrase> phrases(long captionId) {
        return readers.read(r -> r.phrases(captionId));
    }

    @Override
    public Optional<GroundedPhrase> phrase(long id) {
        return readers.read(r -> r.phrase(id));
    }

    @Override
    public List<ReferringExpression> expressions(long imageId) {
        return readers.read(r -> r.expressions(imageId));
    }

    @Override
    public Optional<ReferringExpression> expression(long id) {
        return readers.read(r -> r.expression(id));
    }

    @Override
    public List<PromptRecord> promptRecords(long imageId) {
        return readers.read(r -> r.promptRecords(imageId));
    }

    @Override
    public Optional<PromptRecord> promptRecord(long id) {
        return readers.read(r -> r.promptRecord(id));
    }

    /** The prompt-lab preference pairs of one image. */
    public List<PreferenceRecord> preferences(long imageId) {
        return readers.read(r -> r.preferences(imageId));
    }

    /** Every prompt-lab preference pair of the project, in the order they were made. */
    public List<PreferenceRecord> preferences() {
        return readers.read(ProjectReader::allPreferences);
    }

    @Override
    public ProjectCounts counts() {
        return readers.read(ProjectReader::counts);
    }

    /**
     * Every image's summary (annotation count, done flag, sources, categories), in image id order, from one
     * aggregate query over an index: for the image browser's marks, counts and filters on big projects.
     */
    public List<ImageSummary> imageSummaries() {
        return readers.read(SummaryQueries::all);
    }

    /** One image's summary; empty when the image does not exist. */
    public Optional<ImageSummary> imageSummary(long imageId) {
        return readers.read(r -> SummaryQueries.one(r, imageId));
    }

    /**
     * How many annotations use each category, by category id in ascending order; every category is listed (0 when
     * unused). The map cannot be modified.
     */
    public Map<Long, Long> categoryCounts() {
        return readers.read(SummaryQueries::categoryCounts);
    }

    /** The whole project as one consistent {@link Dataset}, with project ids (loads everything: for export). */
    public Dataset snapshot() {
        return readers.read(r -> new Dataset(r.images(), r.categories(), r.allAnnotations(), r.allCaptions(),
                r.allPhrases(), r.allExpressions(), r.allPromptRecords()));
    }

    /**
     * Checks the database: SQLite's integrity check, foreign keys, and the maintained counters. Returns the
     * problems found; an empty list means the project is consistent. Reads the whole file: slow on big projects.
     */
    public List<String> checkIntegrity() throws StoreException {
        return readers.withConnection(IntegrityCheck::run);
    }

    // ---- writes -------------------------------------------------------------------------------------------------

    /** Applies a command in one transaction and records it as one undo step; returns the command's result. */
    public <R> R apply(Command<R> command) throws StoreException {
        Objects.requireNonNull(command, "command");
        StoreChange change;
        R result;
        synchronized (writeLock) {
            requireWritable(command.label());
            String label = command.label();
            begin(label);
            try {
                long step = history.beginStep();
                Journal journal = new Journal(writer, step);
                Edit edit = new Edit(writer, journal);
                try {
                    result = command.execute(edit);
                    edit.settle();
                } finally {
                    edit.finish();
                }
                journal.flush();
                if (journal.isEmpty()) {
                    writer.rollbackQuietly();
                    return result;
                }
                String summary = edit.summary().toJson();
                history.endStep(step, label, summary);
                writer.commit();
                checkpointer.committed();
                change = ChangeSummary.toChange(StoreChange.Kind.APPLY, label, summary);
            } catch (StoreException e) {
                writer.rollbackQuietly();
                throw e;
            } catch (SQLException e) {
                writer.rollbackQuietly();
                throw SqlErrors.translate(e, writer.file(), label);
            } catch (UncheckedStoreException e) {
                writer.rollbackQuietly();
                throw e.getCause();
            } catch (RuntimeException e) {
                writer.rollbackQuietly();
                throw new StoreException(StoreException.Kind.INVALID_EDIT, label + " failed: " + e.getMessage(), e);
            } finally {
                refreshHistory();
            }
        }
        notifyListeners(change);
        return result;
    }

    public boolean canUndo() {
        return !isReadOnly() && !closed && history.canUndo();
    }

    public boolean canRedo() {
        return !isReadOnly() && !closed && history.canRedo();
    }

    /** Undoes the newest step in one transaction; returns its label, or empty when there is nothing to undo. */
    public Optional<String> undo() throws StoreException {
        return replay(StoreChange.Kind.UNDO);
    }

    /** Redoes the newest undone step; returns its label, or empty when there is nothing to redo. */
    public Optional<String> redo() throws StoreException {
        return replay(StoreChange.Kind.REDO);
    }

    /** Labels of the steps that can be undone, most recent first. */
    public List<String> undoLabels() {
        if (isReadOnly()) {
            return List.of();
        }
        return readers.read(r -> r.list("SELECT label FROM history WHERE undone = 0 ORDER BY step DESC",
                rs -> rs.getString(1)));
    }

    /** Labels of the steps that can be redone, next first. */
    public List<String> redoLabels() {
        if (isReadOnly()) {
            return List.of();
        }
        return readers.read(r -> r.list("SELECT label FROM history WHERE undone = 1 ORDER BY step ASC",
                rs -> rs.getString(1)));
    }

    public void addListener(StoreListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(StoreListener listener) {
        listeners.remove(listener);
    }

    /** Closes the connections and releases the write lock; the last connection checkpoints the WAL. */
    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            if (checkpointer != null) {
                checkpointer.close();
            }
            readers.close();
            if (writer != null) {
                try {
                    writer.execute("PRAGMA optimize");
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.DEBUG, "PRAGMA optimize failed on " + writer.file(), e);
                }
                writer.close();
            }
            if (lock != null) {
                lock.close();
            }
        }
    }

    private Optional<String> replay(StoreChange.Kind kind) throws StoreException {
        String doing = kind == StoreChange.Kind.UNDO ? "undo" : "redo";
        StoreChange change;
        synchronized (writeLock) {
            requireWritable(doing);
            if (kind == StoreChange.Kind.UNDO ? !history.canUndo() : !history.canRedo()) {
                return Optional.empty();
            }
            begin(doing);
            try {
                Optional<History.Step> step = kind == StoreChange.Kind.UNDO ? history.undo() : history.redo();
                if (step.isEmpty()) {
                    writer.rollbackQuietly();
                    return Optional.empty();
                }
                writer.commit();
                checkpointer.committed();
                change = ChangeSummary.toChange(kind, step.get().label(), step.get().summary());
            } catch (SQLException e) {
                writer.rollbackQuietly();
                throw SqlErrors.translate(e, writer.file(), doing);
            } catch (RuntimeException e) {
                writer.rollbackQuietly();
                throw new StoreException(StoreException.Kind.IO, doing + " failed on " + writer.file() + ": " + e, e);
            } finally {
                refreshHistory();
            }
        }
        notifyListeners(change);
        return Optional.of(change.label());
    }

    private void begin(String doing) throws StoreException {
        try {
            writer.begin(true);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, writer.file(), "starting " + doing);
        }
    }

    private void requireWritable(String doing) throws StoreException {
        if (closed) {
            throw new IllegalStateException("the project store " + dir + " is closed");
        }
        if (writer == null) {
            throw new StoreException(StoreException.Kind.READ_ONLY, dir + " is open read-only (" + readOnlyReason
                    + "); cannot " + doing);
        }
    }

    private void refreshHistory() {
        try {
            history.load();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the undo history of " + dir, e);
        }
    }

    private void notifyListeners(StoreChange change) {
        for (StoreListener l : listeners) {
            try {
                l.changed(change);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a store listener failed on " + change.label(), e);
            }
        }
    }
}
