package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.PreferenceRecord;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Command} works with: reads that see the transaction's own changes, and validated, journaled writes.
 * Every write checks its references and fails with {@link StoreException} (kind INVALID_EDIT) naming the item;
 * the store then rolls the whole command back. Ids of the records passed to add methods are ignored; the returned
 * records carry the new project ids.
 */
public final class Edit implements ProjectView {

    private final Db db;
    private final ProjectReader reader;
    private final RowWriter writer;
    private final ChangeSummary summary = new ChangeSummary();
    private final AnnotationEdits annotationEdits;
    private final TextEdits textEdits;
    private final PreferenceEdits preferenceEdits;
    private final ImageEdits imageEdits;
    private final CategoryEdits categoryEdits;
    private final StatusWatch statusWatch;
    private boolean finished;

    Edit(Db db, Journal journal) {
        this.db = db;
        this.reader = new ProjectReader(db);
        this.writer = new RowWriter(db, journal);
        this.annotationEdits = new AnnotationEdits(this);
        this.textEdits = new TextEdits(this);
        this.preferenceEdits = new PreferenceEdits(this);
        this.imageEdits = new ImageEdits(this);
        this.categoryEdits = new CategoryEdits(this);
        this.statusWatch = new StatusWatch(db);
    }

    // ---- writes: images, categories, prompt records ------------------------------------------------------------

    /** Adds images; their paths must be new to the project and distinct. */
    public List<ImageRecord> addImages(List<ImageRecord> images) throws StoreException {
        Set<String> paths = new HashSet<>();
        for (ImageRecord image : images) {
            if (!paths.add(image.path())) {
                throw invalid("image " + image.path() + ": listed twice");
            }
            if (reader.imageByPath(image.path()).isPresent()) {
                throw invalid("image " + image.path() + ": the project already has an image with this path");
            }
        }
        return sql("adding images", () -> {
            long first = writer.reserve(Table.IMAGES, images.size());
            List<Object[]> rows = new ArrayList<>(images.size());
            List<ImageRecord> out = new ArrayList<>(images.size());
            for (int i = 0; i < images.size(); i++) {
                ImageRecord stored = images.get(i).withId(first + i);
                rows.add(RowCodec.image(stored, stored.id()));
                out.add(stored);
                summary.touch(StoreChange.Entity.IMAGES, stored.id());
            }
            writer.insertAll(Table.IMAGES, rows);
            return out;
        });
    }

    public ImageRecord addImage(ImageRecord image) throws StoreException {
        return addImages(List.of(image)).get(0);
    }

    /** Marks images done or not done; returns the ids of the images whose flag changed, ascending. */
    public List<Long> setImagesDone(Collection<Long> imageIds, boolean done) throws StoreException {
        return imageEdits.setDone(imageIds, done);
    }

    /**
     * Deletes images with their annotations, captions, phrases, referring expressions and prompt records; returns
     * the deleted images. Links from other images' data to what is deleted are removed.
     */
    public List<ImageRecord> deleteImages(Collection<Long> imageIds) throws StoreException {
        return imageEdits.delete(imageIds);
    }

    /** Adds a label; its name must be new and its parent (if any) must exist. */
    public Category addCategory(Category category) throws StoreException {
        return categoryEdits.add(category);
    }

    /** Renames, recolours or re-parents a label (the id says which). */
    public Category updateCategory(Category category) throws StoreException {
        return categoryEdits.update(category);
    }

    /**
     * Moves every annotation of {@code fromId} to {@code intoId}, re-parents {@code fromId}'s sub-categories to
     * {@code intoId}, and deletes {@code fromId}. Returns the surviving category.
     */
    public Category mergeCategories(long fromId, long intoId) throws StoreException {
        return categoryEdits.merge(fromId, intoId);
    }

    /**
     * Deletes a label; refused while annotations use it unless {@code reassignTo} (nullable) names the category
     * they move to. Its sub-labels move up to its parent. Returns the deleted category.
     */
    public Category deleteCategory(long id, Long reassignTo) throws StoreException {
        return categoryEdits.delete(id, reassignTo);
    }

    /** Stores the provenance of a model-made annotation; its image must exist. */
    public PromptRecord addPromptRecord(PromptRecord record) throws StoreException {
        requireImage(record.imageId(), "prompt record of model " + record.modelId());
        return sql("adding a prompt record", () -> {
            PromptRecord stored = record.withId(writer.reserve(Table.PROMPT_RECORDS, 1));
            writer.insert(Table.PROMPT_RECORDS, RowCodec.promptRecord(stored, stored.id(), stored.imageId()));
            summary.touch(StoreChange.Entity.PROMPT_RECORDS, stored.imageId());
            return stored;
        });
    }

    // ---- writes: annotations -------------------------------------------------------------------------------------

    public Annotation addAnnotation(Annotation annotation) throws StoreException {
        return annotationEdits.add(List.of(annotation)).get(0);
    }

    /** Adds many annotations in one batch (fast: one prepared statement, batched inserts). */
    public List<Annotation> addAnnotations(List<Annotation> annotations) throws StoreException {
        return annotationEdits.add(annotations);
    }

    public Annotation updateAnnotation(Annotation annotation) throws StoreException {
        return annotationEdits.update(annotation);
    }

    /**
     * Deletes annotations. Their parts lose their parent link, and phrases and referring expressions that pointed
     * at them lose that target. Returns the deleted annotations.
     */
    public List<Annotation> deleteAnnotations(Collection<Long> ids) throws StoreException {
        return annotationEdits.delete(ids);
    }

    // ---- writes: preference pairs ----------------------------------------------------------------------------------

    /** Stores a prompt-lab preference pair (its payload must be a JSON object). */
    public PreferenceRecord addPreference(PreferenceRecord preference) throws StoreException {
        return preferenceEdits.add(preference);
    }

    public PreferenceRecord deletePreference(long id) throws StoreException {
        return preferenceEdits.delete(id);
    }

    // ---- writes: captions, phrases, expressions ------------------------------------------------------------------

    public Caption addCaption(Caption caption) throws StoreException {
        return textEdits.addCaption(caption);
    }

    /** Changes a caption's text or source; its phrases must still fit in the new text. */
    public Caption updateCaption(Caption caption) throws StoreException {
        return textEdits.updateCaption(caption);
    }

    /** Deletes a caption with its phrases. */
    public Caption deleteCaption(long id) throws StoreException {
        return textEdits.deleteCaption(id);
    }

    public GroundedPhrase addPhrase(GroundedPhrase phrase) throws StoreException {
        return textEdits.addPhrase(phrase);
    }

    /** Changes a phrase's span or linked annotations (the id says which); it stays on its caption. */
    public GroundedPhrase updatePhrase(GroundedPhrase phrase) throws StoreException {
        return textEdits.updatePhrase(phrase);
    }

    public GroundedPhrase deletePhrase(long id) throws StoreException {
        return textEdits.deletePhrase(id);
    }

    public ReferringExpression addExpression(ReferringExpression expression) throws StoreException {
        return textEdits.addExpression(expression);
    }

    public ReferringExpression updateExpression(ReferringExpression expression) throws StoreException {
        return textEdits.updateExpression(expression);
    }

    public ReferringExpression deleteExpression(long id) throws StoreException {
        return textEdits.deleteExpression(id);
    }

    // ---- reads ------------------------------------------------------------------------------------------------------

    @Override
    public List<ImageRecord> images() {
        return reader.images();
    }

    @Override
    public Optional<ImageRecord> image(long id) {
        return reader.image(id);
    }

    @Override
    public Optional<ImageRecord> imageByPath(String relativePath) {
        return reader.imageByPath(relativePath);
    }

    @Override
    public List<Category> categories() {
        return reader.categories();
    }

    @Override
    public Optional<Category> category(long id) {
        return reader.category(id);
    }

    @Override
    public Optional<Category> categoryByName(String name) {
        return reader.categoryByName(name);
    }

    @Override
    public List<Annotation> annotations(long imageId) {
        return reader.annotations(imageId);
    }

    @Override
    public Optional<Annotation> annotation(long id) {
        return reader.annotation(id);
    }

    @Override
    public List<Caption> captions(long imageId) {
        return reader.captions(imageId);
    }

    @Override
    public Optional<Caption> caption(long id) {
        return reader.caption(id);
    }

    @Override
    public List<GroundedPhrase> phrases(long captionId) {
        return reader.phrases(captionId);
    }

    @Override
    public Optional<GroundedPhrase> phrase(long id) {
        return reader.phrase(id);
    }

    @Override
    public List<ReferringExpression> expressions(long imageId) {
        return reader.expressions(imageId);
    }

    @Override
    public Optional<ReferringExpression> expression(long id) {
        return reader.expression(id);
    }

    @Override
    public List<PromptRecord> promptRecords(long imageId) {
        return reader.promptRecords(imageId);
    }

    @Override
    public Optional<PromptRecord> promptRecord(long id) {
        return reader.promptRecord(id);
    }

    @Override
    public ProjectCounts counts() {
        return reader.counts();
    }

    // ---- shared by the package ---------------------------------------------------------------------------------

    /** Called by the store after the command returned normally: notes derived image status changes. */
    void settle() throws SQLException {
        statusWatch.report(summary);
    }

    /** Called by the store when the command returns: later writes through this object are refused. */
    void finish() {
        finished = true;
    }

    ProjectReader reader() {
        return reader;
    }

    RowWriter writer() {
        return writer;
    }

    ChangeSummary summary() {
        return summary;
    }

    /** To be told, before annotations of an image are added or removed, which image that is. */
    StatusWatch statusWatch() {
        return statusWatch;
    }

    Db db() {
        return db;
    }

    ImageRecord requireImage(long id, String what) throws StoreException {
        return reader.image(id).orElseThrow(() -> invalid(what + ": image " + id + " does not exist"));
    }

    Category requireCategory(long id, String what) throws StoreException {
        return reader.category(id).orElseThrow(() -> invalid(what + ": category " + id + " does not exist"));
    }

    static StoreException invalid(String message) {
        return new StoreException(StoreException.Kind.INVALID_EDIT, message);
    }

    /** A piece of SQL work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException, StoreException;
    }

    <T> T sql(String doing, SqlWork<T> work) throws StoreException {
        if (finished) {
            throw new IllegalStateException("this Edit belongs to a command that has already finished; "
                    + "write only inside Command.execute");
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, db.file(), doing);
        }
    }
}
