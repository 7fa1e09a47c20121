package dev.promptcanvas.annotations.store;

import java.util.List;

/**
 * The data tables of a project, with their columns in stored order ({@code id} first). Each has a twin
 * {@code saved_<name>} table where the undo history keeps row images (see {@link Journal}); a test checks that the
 * schema and this list agree.
 */
enum Table {
    IMAGES("images", StoreChange.Entity.IMAGES,
            "id", "path", "file_name", "width", "height", "content_hash", "done"),
    CATEGORIES("categories", StoreChange.Entity.CATEGORIES,
            "id", "name", "color", "parent_id", "supercategory"),
    PROMPT_RECORDS("prompt_records", StoreChange.Entity.PROMPT_RECORDS,
            "id", "image_id", "model_id", "model_version", "chosen_candidate", "score", "prompts", "edits"),
    ANNOTATIONS("annotations", StoreChange.Entity.ANNOTATIONS,
            "id", "image_id", "category_id", "kind", "geometry", "bbox_x1", "bbox_y1", "bbox_x2", "bbox_y2", "area",
            "score", "source", "review", "crowd", "attributes", "parent_id", "prompt_record_id"),
    CAPTIONS("captions", StoreChange.Entity.CAPTIONS,
            "id", "image_id", "text", "source"),
    PHRASES("phrases", StoreChange.Entity.PHRASES,
            "id", "caption_id", "start_offset", "end_offset"),
    PHRASE_TARGETS("phrase_targets", StoreChange.Entity.PHRASES,
            "id", "phrase_id", "position", "annotation_id"),
    EXPRESSIONS("expressions", StoreChange.Entity.EXPRESSIONS,
            "id", "image_id", "text", "domain"),
    EXPRESSION_TARGETS("expression_targets", StoreChange.Entity.EXPRESSIONS,
            "id", "expression_id", "position", "annotation_id"),
    PREFERENCES("preferences", StoreChange.Entity.PREFERENCES,
            "id", "image_id", "payload");

    private final String sqlName;
    private final StoreChange.Entity entity;
    private final List<String> columns;
    private final String columnList;
    private final String insertSql;
    private final String updateSql;
    private final String selectSql;

    Table(String sqlName, StoreChange.Entity entity, String... columns) {
        this.sqlName = sqlName;
        this.entity = entity;
        this.columns = List.of(columns);
        this.columnList = String.join(", ", columns);
        this.insertSql = "INSERT INTO " + sqlName + " (" + columnList + ") VALUES ("
                + "?, ".repeat(columns.length - 1) + "?)";
        StringBuilder set = new StringBuilder();
        for (int i = 1; i < columns.length; i++) {
            set.append(i > 1 ? ", " : "").append(columns[i]).append(" = ?");
        }
        this.updateSql = "UPDATE " + sqlName + " SET " + set + " WHERE id = ?";
        this.selectSql = "SELECT " + columnList + " FROM " + sqlName;
    }

    String sqlName() {
        return sqlName;
    }

    String savedName() {
        return "saved_" + sqlName;
    }

    StoreChange.Entity entity() {
        return entity;
    }

    List<String> columns() {
        return columns;
    }

    /** "id, path, ..." */
    String columnList() {
        return columnList;
    }

    /** INSERT of all columns, id first. */
    String insertSql() {
        return insertSql;
    }

    /** UPDATE of every column but id; the id is the last parameter. */
    String updateSql() {
        return updateSql;
    }

    /** "SELECT all columns FROM table" (append a WHERE clause). */
    String selectSql() {
        return selectSql;
    }

    static Table bySqlName(String name) {
        for (Table t : values()) {
            if (t.sqlName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown table in the undo history: " + name);
    }
}
