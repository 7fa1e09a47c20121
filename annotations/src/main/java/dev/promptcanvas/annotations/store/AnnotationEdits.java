package dev.promptcanvas.annotations.store;

import static dev.promptcanvas.annotations.store.Edit.invalid;

import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adding, updating and deleting annotations for {@link Edit}, with their reference checks. */
final class AnnotationEdits {

    private final Edit edit;
    private final Map<Long, ImageRecord> images = new HashMap<>();
    private final Set<Long> categories = new HashSet<>();
    private final Set<Long> promptRecords = new HashSet<>();

    AnnotationEdits(Edit edit) {
        this.edit = edit;
    }

    List<Annotation> add(List<Annotation> annotations) throws StoreException {
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            check(a, annotations.size() == 1 ? "new annotation" : "new annotation #" + (i + 1) + " of "
                    + annotations.size());
        }
        return edit.sql("adding annotations", () -> {
            long first = edit.writer().reserve(Table.ANNOTATIONS, annotations.size());
            List<Object[]> rows = new ArrayList<>(annotations.size());
            List<Annotation> out = new ArrayList<>(annotations.size());
            for (int i = 0; i < annotations.size(); i++) {
                Annotation stored = annotations.get(i).withId(first + i);
                rows.add(RowCodec.annotation(stored, stored.id()));
                out.add(stored);
                edit.statusWatch().before(stored.imageId());
                edit.summary().touch(StoreChange.Entity.ANNOTATIONS, stored.imageId());
            }
            edit.writer().insertAll(Table.ANNOTATIONS, rows);
            return out;
        });
    }

    Annotation update(Annotation annotation) throws StoreException {
        String what = "annotation " + annotation.id();
        Annotation old = edit.reader().annotation(annotation.id())
                .orElseThrow(() -> invalid(what + ": does not exist"));
        check(annotation, what);
        for (Long p = annotation.parentId(); p != null; p = edit.reader().annotation(p).orElseThrow().parentId()) {
            if (p == annotation.id()) {
                throw invalid(what + ": parent " + annotation.parentId() + " would make it its own ancestor");
            }
        }
        return edit.sql("updating an annotation", () -> {
            if (old.imageId() != annotation.imageId()) {
                edit.statusWatch().before(old.imageId());
                edit.statusWatch().before(annotation.imageId());
            }
            edit.writer().update(Table.ANNOTATIONS, RowCodec.annotation(annotation, annotation.id()));
            edit.summary().touch(StoreChange.Entity.ANNOTATIONS, old.imageId());
            edit.summary().touch(StoreChange.Entity.ANNOTATIONS, annotation.imageId());
            return annotation;
        });
    }

    List<Annotation> delete(Collection<Long> ids) throws StoreException {
        Set<Long> unique = new LinkedHashSet<>(ids);
        List<Annotation> deleted = new ArrayList<>(unique.size());
        for (long id : unique) {
            deleted.add(edit.reader().annotation(id)
                    .orElseThrow(() -> invalid("deleting annotation " + id + ": it does not exist")));
        }
        return edit.sql("deleting annotations", () -> {
            RowWriter writer = edit.writer();
            for (Annotation a : deleted) {
                long id = a.id();
                edit.statusWatch().before(a.imageId());
                writer.updateWhere(Table.ANNOTATIONS, "parent_id = NULL", new Object[0], "parent_id = ?", id);
                List<Long> phraseTargets = edit.reader().ids("SELECT id FROM phrase_targets WHERE annotation_id = ?",
                        id);
                if (!phraseTargets.isEmpty()) {
                    writer.delete(Table.PHRASE_TARGETS, phraseTargets);
                    edit.summary().touch(StoreChange.Entity.PHRASES, a.imageId());
                }
                List<Long> expressionTargets = edit.reader().ids(
                        "SELECT id FROM expression_targets WHERE annotation_id = ?", id);
                if (!expressionTargets.isEmpty()) {
                    writer.delete(Table.EXPRESSION_TARGETS, expressionTargets);
                    edit.summary().touch(StoreChange.Entity.EXPRESSIONS, a.imageId());
                }
                edit.summary().touch(StoreChange.Entity.ANNOTATIONS, a.imageId());
            }
            writer.delete(Table.ANNOTATIONS, unique);
            return deleted;
        });
    }

    /** Checks an annotation's references against the project (results cached for the rest of the edit). */
    private void check(Annotation a, String what) throws StoreException {
        ImageRecord image = images.get(a.imageId());
        if (image == null) {
            image = edit.requireImage(a.imageId(), what);
            images.put(image.id(), image);
        }
        if (!categories.contains(a.categoryId())) {
            edit.requireCategory(a.categoryId(), what);
            categories.add(a.categoryId());
        }
        if (a.geometry() instanceof Mask m && (m.width() != image.width() || m.height() != image.height())) {
            throw invalid(what + ": mask is " + m.width() + "x" + m.height() + " but image " + image.id() + " ("
                    + image.path() + ") is " + image.width() + "x" + image.height());
        }
        if (a.parentId() != null) {
            if (a.parentId() == a.id() && a.id() != 0) {
                throw invalid(what + ": an annotation cannot be its own parent");
            }
            Annotation parent = edit.reader().annotation(a.parentId())
                    .orElseThrow(() -> invalid(what + ": parent annotation " + a.parentId() + " does not exist"));
            if (parent.imageId() != a.imageId()) {
                throw invalid(what + ": parent annotation " + parent.id() + " is on image " + parent.imageId()
                        + ", not on image " + a.imageId());
            }
        }
        if (a.promptRecordId() != null && !promptRecords.contains(a.promptRecordId())) {
            if (edit.reader().promptRecord(a.promptRecordId()).isEmpty()) {
                throw invalid(what + ": prompt record " + a.promptRecordId() + " does not exist");
            }
            promptRecords.add(a.promptRecordId());
        }
    }
}
