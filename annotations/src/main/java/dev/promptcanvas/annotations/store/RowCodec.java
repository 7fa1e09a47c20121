package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.GeometryMeasures;
import dev.promptcanvas.annotations.json.AttributesJson;
import dev.promptcanvas.annotations.json.GeometryJson;
import dev.promptcanvas.annotations.json.ManualEditJson;
import dev.promptcanvas.annotations.json.PromptJson;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.PreferenceRecord;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Records to table rows and back. Rows are {@code Object[]} in {@link Table} column order; result sets must select
 * {@link Table#columnList()} in that order.
 */
final class RowCodec {

    private RowCodec() {
    }

    /** A new image row (not marked done). */
    static Object[] image(ImageRecord r, long id) {
        return new Object[] {id, r.path(), r.fileName(), r.width(), r.height(), r.contentHash(), 0};
    }

    static ImageRecord image(ResultSet rs) throws SQLException {
        return new ImageRecord(rs.getLong(1), rs.getString(2), rs.getInt(4), rs.getInt(5), rs.getString(6));
    }

    static Object[] category(Category c, long id) {
        return new Object[] {id, c.name(), c.color(), c.parentId(), c.supercategory()};
    }

    static Category category(ResultSet rs) throws SQLException {
        return new Category(rs.getLong(1), rs.getString(2), rs.getString(3), nullableLong(rs, 4), rs.getString(5));
    }

    static Object[] promptRecord(PromptRecord r, long id, long imageId) {
        return new Object[] {id, imageId, r.modelId(), r.modelVersion(), r.chosenCandidate(), r.score(),
            PromptJson.writeList(r.prompts()), ManualEditJson.writeList(r.edits())};
    }

    static PromptRecord promptRecord(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new PromptRecord(id, rs.getLong(2), PromptJson.readList(rs.getString(7)), rs.getString(3),
                rs.getString(4), rs.getInt(5), nullableDouble(rs, 6), ManualEditJson.readList(rs.getString(8)));
    }

    /** An annotation row with its references already mapped to project ids. */
    static Object[] annotation(Annotation a, long id, long imageId, long categoryId, Long parentId,
                               Long promptRecordId) {
        Box b = a.geometry().bounds();
        return new Object[] {id, imageId, categoryId, a.geometry().kind(), GeometryJson.write(a.geometry()),
            b.x1(), b.y1(), b.x2(), b.y2(), GeometryMeasures.area(a.geometry()), a.score(), a.source().toText(),
            a.review().name(), a.crowd() ? 1 : 0,
            a.attributes().isEmpty() ? null : AttributesJson.write(a.attributes()), parentId, promptRecordId};
    }

    static Object[] annotation(Annotation a, long id) {
        return annotation(a, id, a.imageId(), a.categoryId(), a.parentId(), a.promptRecordId());
    }

    static Annotation annotation(ResultSet rs) throws SQLException {
        String attributes = rs.getString(15);
        Map<String, String> attrs = attributes == null ? Map.of() : AttributesJson.read(attributes);
        return new Annotation(rs.getLong(1), rs.getLong(2), rs.getLong(3), GeometryJson.read(rs.getString(5)),
                nullableDouble(rs, 11), Source.parse(rs.getString(12)), Review.valueOf(rs.getString(13)),
                rs.getInt(14) != 0, attrs, nullableLong(rs, 16), nullableLong(rs, 17));
    }

    static Object[] caption(Caption c, long id, long imageId) {
        return new Object[] {id, imageId, c.text(), c.source().toText()};
    }

    static Caption caption(ResultSet rs) throws SQLException {
        return new Caption(rs.getLong(1), rs.getLong(2), rs.getString(3), Source.parse(rs.getString(4)));
    }

    static Object[] preference(PreferenceRecord p) {
        return new Object[] {p.id(), p.imageId(), p.payload()};
    }

    static PreferenceRecord preference(ResultSet rs) throws SQLException {
        return new PreferenceRecord(rs.getLong(1), rs.getLong(2), rs.getString(3));
    }

    static Object[] phrase(long id, long captionId, int start, int end) {
        return new Object[] {id, captionId, start, end};
    }

    static Object[] expression(long id, long imageId, String text, String domain) {
        return new Object[] {id, imageId, text, domain};
    }

    /** A phrase_targets or expression_targets row. */
    static Object[] target(long id, long ownerId, int position, long annotationId) {
        return new Object[] {id, ownerId, position, annotationId};
    }

    static List<Object[]> targets(long firstId, long ownerId, List<Long> annotationIds) {
        Object[][] rows = new Object[annotationIds.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = target(firstId + i, ownerId, i, annotationIds.get(i));
        }
        return List.of(rows);
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
