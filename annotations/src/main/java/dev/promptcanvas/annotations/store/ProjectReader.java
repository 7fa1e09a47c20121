package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.PreferenceRecord;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL behind {@link ProjectView}, over one connection. Failures become {@link UncheckedStoreException}. */
final class ProjectReader implements ProjectView {

    private final Db db;

    ProjectReader(Db db) {
        this.db = db;
    }

    /** Maps one result row to a record. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try {
            PreparedStatement ps = db.prepare(sql);
            Db.bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.unchecked(e, db.file(), "reading the project");
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public List<ImageRecord> images() {
        return list(Table.IMAGES.selectSql() + " ORDER BY id", RowCodec::image);
    }

    @Override
    public Optional<ImageRecord> image(long id) {
        return one(Table.IMAGES.selectSql() + " WHERE id = ?", RowCodec::image, id);
    }

    @Override
    public Optional<ImageRecord> imageByPath(String relativePath) {
        return one(Table.IMAGES.selectSql() + " WHERE path = ?", RowCodec::image, relativePath);
    }

    /** Images whose path ends in this file name. */
    List<ImageRecord> imagesNamed(String fileName) {
        return list(Table.IMAGES.selectSql() + " WHERE file_name = ? ORDER BY id", RowCodec::image, fileName);
    }

    @Override
    public List<Category> categories() {
        return list(Table.CATEGORIES.selectSql() + " ORDER BY id", RowCodec::category);
    }

    @Override
    public Optional<Category> category(long id) {
        return one(Table.CATEGORIES.selectSql() + " WHERE id = ?", RowCodec::category, id);
    }

    @Override
    public Optional<Category> categoryByName(String name) {
        return one(Table.CATEGORIES.selectSql() + " WHERE name = ?", RowCodec::category, name);
    }

    @Override
    public List<Annotation> annotations(long imageId) {
        return list(Table.ANNOTATIONS.selectSql() + " WHERE image_id = ? ORDER BY id", RowCodec::annotation, imageId);
    }

    List<Annotation> allAnnotations() {
        return list(Table.ANNOTATIONS.selectSql() + " ORDER BY id", RowCodec::annotation);
    }

    @Override
    public Optional<Annotation> annotation(long id) {
        return one(Table.ANNOTATIONS.selectSql() + " WHERE id = ?", RowCodec::annotation, id);
    }

    @Override
    public List<Caption> captions(long imageId) {
        return list(Table.CAPTIONS.selectSql() + " WHERE image_id = ? ORDER BY id", RowCodec::caption, imageId);
    }

    List<Caption> allCaptions() {
        return list(Table.CAPTIONS.selectSql() + " ORDER BY id", RowCodec::caption);
    }

    @Override
    public Optional<Caption> caption(long id) {
        return one(Table.CAPTIONS.selectSql() + " WHERE id = ?", RowCodec::caption, id);
    }

    /** The preference pairs of one image, in id order. */
    public List<PreferenceRecord> preferences(long imageId) {
        return list(Table.PREFERENCES.selectSql() + " WHERE image_id = ? ORDER BY id", RowCodec::preference, imageId);
    }

    public Optional<PreferenceRecord> preference(long id) {
        return one(Table.PREFERENCES.selectSql() + " WHERE id = ?", RowCodec::preference, id);
    }

    /** Every preference pair, in id order. */
    public List<PreferenceRecord> allPreferences() {
        return list(Table.PREFERENCES.selectSql() + " ORDER BY id", RowCodec::preference);
    }

    @Override
    public List<GroundedPhrase> phrases(long captionId) {
        Map<Long, List<Long>> targets = targets("SELECT t.phrase_id, t.annotation_id FROM phrase_targets t "
                + "JOIN phrases p ON p.id = t.phrase_id WHERE p.caption_id = ? ORDER BY t.phrase_id, t.position",
                captionId);
        return list(Table.PHRASES.selectSql() + " WHERE caption_id = ? ORDER BY id", rs -> phrase(rs, targets),
                captionId);
    }

    List<GroundedPhrase> allPhrases() {
        Map<Long, List<Long>> targets = targets("SELECT phrase_id, annotation_id FROM phrase_targets "
                + "ORDER BY phrase_id, position");
        return list(Table.PHRASES.selectSql() + " ORDER BY id", rs -> phrase(rs, targets));
    }

    @Override
    public Optional<GroundedPhrase> phrase(long id) {
        Map<Long, List<Long>> targets = targets("SELECT phrase_id, annotation_id FROM phrase_targets "
                + "WHERE phrase_id = ? ORDER BY position", id);
        return one(Table.PHRASES.selectSql() + " WHERE id = ?", rs -> phrase(rs, targets), id);
    }

    @Override
    public List<ReferringExpression> expressions(long imageId) {
        Map<Long, List<Long>> targets = targets("SELECT t.expression_id, t.annotation_id FROM expression_targets t "
                + "JOIN expressions e ON e.id = t.expression_id WHERE e.image_id = ? "
                + "ORDER BY t.expression_id, t.position", imageId);
        return list(Table.EXPRESSIONS.selectSql() + " WHERE image_id = ? ORDER BY id", rs -> expression(rs, targets),
                imageId);
    }

    List<ReferringExpression> allExpressions() {
        Map<Long, List<Long>> targets = targets("SELECT expression_id, annotation_id FROM expression_targets "
                + "ORDER BY expression_id, position");
        return list(Table.EXPRESSIONS.selectSql() + " ORDER BY id", rs -> expression(rs, targets));
    }

    @Override
    public Optional<ReferringExpression> expression(long id) {
        Map<Long, List<Long>> targets = targets("SELECT expression_id, annotation_id FROM expression_targets "
                + "WHERE expression_id = ? ORDER BY position", id);
        return one(Table.EXPRESSIONS.selectSql() + " WHERE id = ?", rs -> expression(rs, targets), id);
    }

    @Override
    public List<PromptRecord> promptRecords(long imageId) {
        return list(Table.PROMPT_RECORDS.selectSql() + " WHERE image_id = ? ORDER BY id", RowCodec::promptRecord,
                imageId);
    }

    List<PromptRecord> allPromptRecords() {
        return list(Table.PROMPT_RECORDS.selectSql() + " ORDER BY id", RowCodec::promptRecord);
    }

    @Override
    public Optional<PromptRecord> promptRecord(long id) {
        return one(Table.PROMPT_RECORDS.selectSql() + " WHERE id = ?", RowCodec::promptRecord, id);
    }

    @Override
    public ProjectCounts counts() {
        Map<String, Long> n = new HashMap<>();
        list("SELECT tbl, n FROM row_counts", rs -> n.put(rs.getString(1), rs.getLong(2)));
        return new ProjectCounts(n.getOrDefault("images", 0L), n.getOrDefault("annotations", 0L),
                n.getOrDefault("categories", 0L), n.getOrDefault("captions", 0L), n.getOrDefault("phrases", 0L),
                n.getOrDefault("expressions", 0L), n.getOrDefault("prompt_records", 0L));
    }

    /** Ids of rows of a table that satisfy a condition, in id order. */
    List<Long> ids(String sql, Object... params) {
        return list(sql, rs -> rs.getLong(1), params);
    }

    private Map<Long, List<Long>> targets(String sql, Object... params) {
        Map<Long, List<Long>> out = new HashMap<>();
        list(sql, rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)), params);
        return out;
    }

    private static GroundedPhrase phrase(ResultSet rs, Map<Long, List<Long>> targets) throws SQLException {
        long id = rs.getLong(1);
        return new GroundedPhrase(id, rs.getLong(2), rs.getInt(3), rs.getInt(4), targets.getOrDefault(id, List.of()));
    }

    private static ReferringExpression expression(ResultSet rs, Map<Long, List<Long>> targets) throws SQLException {
        long id = rs.getLong(1);
        return new ReferringExpression(id, rs.getLong(2), rs.getString(3), targets.getOrDefault(id, List.of()),
                rs.getString(4));
    }
}
