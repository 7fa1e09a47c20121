package dev.promptcanvas.annotations.store;

import static dev.promptcanvas.annotations.store.Edit.invalid;

import dev.promptcanvas.annotations.model.Category;
import java.util.List;
import java.util.Optional;

/** Adding, updating, merging and deleting categories (labels) for {@link Edit}, with their checks. */
final class CategoryEdits {

    private final Edit edit;

    CategoryEdits(Edit edit) {
        this.edit = edit;
    }

    Category add(Category category) throws StoreException {
        String what = "category " + category.name();
        if (edit.reader().categoryByName(category.name()).isPresent()) {
            throw invalid(what + ": the project already has a category with this name");
        }
        if (category.parentId() != null) {
            edit.requireCategory(category.parentId(), what + ": parent");
        }
        return edit.sql("adding a category", () -> {
            Category stored = category.withId(edit.writer().reserve(Table.CATEGORIES, 1));
            edit.writer().insert(Table.CATEGORIES, RowCodec.category(stored, stored.id()));
            edit.summary().touch(StoreChange.Entity.CATEGORIES);
            return stored;
        });
    }

    Category update(Category category) throws StoreException {
        String what = "category " + category.id();
        edit.requireCategory(category.id(), what);
        Optional<Category> sameName = edit.reader().categoryByName(category.name());
        if (sameName.isPresent() && sameName.get().id() != category.id()) {
            throw invalid(what + ": another category (" + sameName.get().id() + ") is already named "
                    + category.name());
        }
        Long parent = category.parentId();
        for (Long p = parent; p != null; p = edit.requireCategory(p, what + ": parent").parentId()) {
            if (p == category.id()) {
                throw invalid(what + ": parent " + parent + " would make the category its own ancestor");
            }
        }
        return edit.sql("updating a category", () -> {
            edit.writer().update(Table.CATEGORIES, RowCodec.category(category, category.id()));
            edit.summary().touch(StoreChange.Entity.CATEGORIES);
            return category;
        });
    }

    Category merge(long fromId, long intoId) throws StoreException {
        if (fromId == intoId) {
            throw invalid("merging categories: " + fromId + " cannot be merged into itself");
        }
        Category from = edit.requireCategory(fromId, "merging categories: source");
        Category into = edit.requireCategory(intoId, "merging categories: target");
        return edit.sql("merging categories", () -> {
            RowWriter writer = edit.writer();
            writer.updateWhere(Table.ANNOTATIONS, "category_id = ?", new Object[] {intoId}, "category_id = ?", fromId);
            if (Long.valueOf(fromId).equals(into.parentId())) {
                writer.updateWhere(Table.CATEGORIES, "parent_id = ?", new Object[] {from.parentId()}, "id = ?",
                        intoId);
            }
            writer.updateWhere(Table.CATEGORIES, "parent_id = ?", new Object[] {intoId}, "parent_id = ?", fromId);
            writer.delete(Table.CATEGORIES, List.of(fromId));
            edit.summary().touch(StoreChange.Entity.CATEGORIES);
            edit.summary().touchAllImages(StoreChange.Entity.ANNOTATIONS);
            return edit.reader().category(intoId).orElseThrow();
        });
    }

    /**
     * Deletes a category. Refused while annotations use it, unless {@code reassignTo} names another category to
     * move them to. Its sub-categories move up to its own parent.
     */
    Category delete(long id, Long reassignTo) throws StoreException {
        Category category = edit.requireCategory(id, "deleting a category");
        String what = "deleting category " + id + " (" + category.name() + ")";
        if (reassignTo != null) {
            if (reassignTo == id) {
                throw invalid(what + ": its annotations cannot be reassigned to the category itself");
            }
            edit.requireCategory(reassignTo, what + ": reassigning its annotations");
        }
        return edit.sql("deleting a category", () -> {
            List<Long> images = edit.reader().ids(
                    "SELECT DISTINCT image_id FROM annotations WHERE category_id = ? ORDER BY image_id", id);
            RowWriter writer = edit.writer();
            if (!images.isEmpty()) {
                if (reassignTo == null) {
                    long used = edit.db().queryLong(0, "SELECT count(*) FROM annotations WHERE category_id = ?", id);
                    throw invalid(what + ": " + used + (used == 1 ? " annotation uses" : " annotations use")
                            + " it on " + images.size() + (images.size() == 1 ? " image" : " images")
                            + "; choose a category to reassign them to, or delete them first");
                }
                writer.updateWhere(Table.ANNOTATIONS, "category_id = ?", new Object[] {reassignTo},
                        "category_id = ?", id);
                for (long image : images) {
                    edit.summary().touch(StoreChange.Entity.ANNOTATIONS, image);
                }
            }
            writer.updateWhere(Table.CATEGORIES, "parent_id = ?", new Object[] {category.parentId()},
                    "parent_id = ?", id);
            writer.delete(Table.CATEGORIES, List.of(id));
            edit.summary().touch(StoreChange.Entity.CATEGORIES);
            return category;
        });
    }
}
