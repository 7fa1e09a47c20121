package dev.promptcanvas.annotations.store;

import static dev.promptcanvas.annotations.store.Edit.invalid;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Marking images done and deleting images with everything on them, for {@link Edit}. */
final class ImageEdits {

    private static final String IMAGE_ANNOTATIONS = "SELECT id FROM annotations WHERE image_id " + IdSets.IN;

    private final Edit edit;

    ImageEdits(Edit edit) {
        this.edit = edit;
    }

    /** Sets the done flag; returns the ids of the images whose flag changed, ascending. */
    List<Long> setDone(Collection<Long> ids, boolean done) throws StoreException {
        Set<Long> unique = new LinkedHashSet<>(ids);
        String json = IdSets.json(unique);
        requireImages(json, done ? "marking images done" : "marking images not done");
        return edit.sql("marking images done", () -> {
            List<Long> changed = edit.reader().ids("SELECT id FROM images WHERE id " + IdSets.IN
                    + " AND done <> ? ORDER BY id", json, done ? 1 : 0);
            if (!changed.isEmpty()) {
                edit.writer().updateWhere(Table.IMAGES, "done = ?", new Object[] {done ? 1 : 0},
                        "id " + IdSets.IN, IdSets.json(changed));
                for (long id : changed) {
                    edit.summary().touch(StoreChange.Entity.IMAGES, id);
                }
            }
            return changed;
        });
    }

    /**
     * Deletes images with their annotations, captions (and phrases), referring expressions and prompt records.
     * Rows elsewhere that point at what goes (possible after an annotation was moved to another image) lose the
     * link: parent and prompt record links become null, phrase and expression targets are removed.
     */
    List<ImageRecord> delete(Collection<Long> ids) throws StoreException {
        Set<Long> unique = new LinkedHashSet<>(ids);
        String images = IdSets.json(unique);
        requireImages(images, "deleting images");
        return edit.sql("deleting images", () -> {
            ProjectReader reader = edit.reader();
            List<ImageRecord> deleted = reader.list(Table.IMAGES.selectSql() + " WHERE id " + IdSets.IN
                    + " ORDER BY id", RowCodec::image, images);
            String annotations = IdSets.json(reader.ids(IMAGE_ANNOTATIONS + " ORDER BY id", images));
            String captions = IdSets.json(reader.ids("SELECT id FROM captions WHERE image_id " + IdSets.IN
                    + " ORDER BY id", images));
            String expressions = IdSets.json(reader.ids("SELECT id FROM expressions WHERE image_id " + IdSets.IN
                    + " ORDER BY id", images));
            String records = IdSets.json(reader.ids("SELECT id FROM prompt_records WHERE image_id " + IdSets.IN
                    + " ORDER BY id", images));

            deleteWhere(Table.PHRASE_TARGETS, StoreChange.Entity.PHRASES, "phrase_id IN (SELECT id FROM phrases "
                    + "WHERE caption_id " + IdSets.IN + ") OR annotation_id " + IdSets.IN,
                    "SELECT c.image_id FROM phrase_targets t JOIN phrases p ON p.id = t.phrase_id "
                    + "JOIN captions c ON c.id = p.caption_id WHERE t.id = ?", captions, annotations);
            deleteWhere(Table.PHRASES, StoreChange.Entity.PHRASES, "caption_id " + IdSets.IN, null, captions);
            deleteWhere(Table.CAPTIONS, StoreChange.Entity.CAPTIONS, "id " + IdSets.IN, null, captions);
            deleteWhere(Table.EXPRESSION_TARGETS, StoreChange.Entity.EXPRESSIONS, "expression_id " + IdSets.IN
                    + " OR annotation_id " + IdSets.IN, "SELECT e.image_id FROM expression_targets t "
                    + "JOIN expressions e ON e.id = t.expression_id WHERE t.id = ?", expressions, annotations);
            deleteWhere(Table.EXPRESSIONS, StoreChange.Entity.EXPRESSIONS, "id " + IdSets.IN, null, expressions);
            unlinkOutside("parent_id", annotations, images);
            unlinkOutside("prompt_record_id", records, images);
            deleteWhere(Table.ANNOTATIONS, StoreChange.Entity.ANNOTATIONS, "id " + IdSets.IN, null, annotations);
            deleteWhere(Table.PROMPT_RECORDS, StoreChange.Entity.PROMPT_RECORDS, "id " + IdSets.IN, null, records);
            deleteWhere(Table.PREFERENCES, StoreChange.Entity.PREFERENCES, "image_id " + IdSets.IN, null, images);
            deleteWhere(Table.IMAGES, StoreChange.Entity.IMAGES, "id " + IdSets.IN, null, images);
            for (ImageRecord image : deleted) {
                edit.summary().touch(StoreChange.Entity.IMAGES, image.id());
            }
            return deleted;
        });
    }

    /**
     * Deletes the rows matching {@code where}; rows that may lie on other images than the deleted ones report
     * their image through {@code imageOf} (one id parameter), the rest are reported with the deleted images.
     */
    private void deleteWhere(Table table, StoreChange.Entity entity, String where, String imageOf, Object... params)
            throws SQLException {
        List<Long> rows = edit.reader().ids("SELECT id FROM " + table.sqlName() + " WHERE " + where
                + " ORDER BY id", params);
        if (rows.isEmpty()) {
            return;
        }
        edit.summary().touch(entity);
        if (imageOf != null) {
            for (long row : rows) {
                edit.summary().touch(entity, edit.db().queryLong(0, imageOf, row));
            }
        }
        edit.writer().delete(table, rows);
    }

    /** Annotations on other images that point at a deleted annotation or prompt record lose that link. */
    private void unlinkOutside(String column, String targets, String images) throws SQLException {
        String where = column + " " + IdSets.IN + " AND image_id NOT " + IdSets.IN;
        List<Long> outside = edit.reader().ids("SELECT DISTINCT image_id FROM annotations WHERE " + where, targets,
                images);
        if (outside.isEmpty()) {
            return;
        }
        edit.writer().updateWhere(Table.ANNOTATIONS, column + " = NULL", new Object[0], where, targets, images);
        for (long image : outside) {
            edit.summary().touch(StoreChange.Entity.ANNOTATIONS, image);
        }
    }

    /** Fails naming the first id in the JSON list that is not an image of the project. */
    private void requireImages(String json, String doing) throws StoreException {
        List<Long> missing = edit.reader().ids("SELECT value FROM json_each(?) WHERE NOT EXISTS "
                + "(SELECT 1 FROM images WHERE id = value) ORDER BY key LIMIT 1", json);
        if (!missing.isEmpty()) {
            throw invalid(doing + ": image " + missing.get(0) + " does not exist");
        }
    }
}
