package dev.promptcanvas.annotations.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schema version 1: the data tables, their indexes, the undo history (steps, changes and the saved_* row images)
 * and maintained row counters. Frozen: later changes go in new migrations.
 *
 * <p>Foreign keys are DEFERRABLE INITIALLY DEFERRED so an undo may move rows in any order within its transaction;
 * they are checked at commit.
 */
final class SchemaV1 implements Migration {

    private static final String DATA_TABLES = """
        CREATE TABLE images (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          path TEXT NOT NULL UNIQUE,
          file_name TEXT NOT NULL,
          width INTEGER NOT NULL,
          height INTEGER NOT NULL,
          content_hash TEXT NOT NULL);
        CREATE INDEX images_file_name ON images(file_name);
        CREATE TABLE categories (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          name TEXT NOT NULL UNIQUE,
          color TEXT NOT NULL,
          parent_id INTEGER REFERENCES categories(id) DEFERRABLE INITIALLY DEFERRED,
          supercategory TEXT);
        CREATE INDEX categories_parent ON categories(parent_id) WHERE parent_id IS NOT NULL;
        CREATE TABLE prompt_records (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          image_id INTEGER NOT NULL REFERENCES images(id) DEFERRABLE INITIALLY DEFERRED,
          model_id TEXT NOT NULL,
          model_version TEXT,
          chosen_candidate INTEGER NOT NULL,
          score REAL,
          prompts TEXT NOT NULL,
          edits TEXT NOT NULL);
        CREATE INDEX prompt_records_image ON prompt_records(image_id);
        CREATE TABLE annotations (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          image_id INTEGER NOT NULL REFERENCES images(id) DEFERRABLE INITIALLY DEFERRED,
          category_id INTEGER NOT NULL REFERENCES categories(id) DEFERRABLE INITIALLY DEFERRED,
          kind TEXT NOT NULL,
          geometry TEXT NOT NULL,
          bbox_x1 REAL NOT NULL,
          bbox_y1 REAL NOT NULL,
          bbox_x2 REAL NOT NULL,
          bbox_y2 REAL NOT NULL,
          area REAL NOT NULL,
          score REAL,
          source TEXT NOT NULL,
          review TEXT NOT NULL,
          crowd INTEGER NOT NULL,
          attributes TEXT,
          parent_id INTEGER REFERENCES annotations(id) DEFERRABLE INITIALLY DEFERRED,
          prompt_record_id INTEGER REFERENCES prompt_records(id) DEFERRABLE INITIALLY DEFERRED);
        CREATE INDEX annotations_image ON annotations(image_id);
        CREATE INDEX annotations_category ON annotations(category_id);
        CREATE INDEX annotations_parent ON annotations(parent_id) WHERE parent_id IS NOT NULL;
        CREATE INDEX annotations_prompt_record ON annotations(prompt_record_id) WHERE prompt_record_id IS NOT NULL;
        CREATE TABLE captions (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          image_id INTEGER NOT NULL REFERENCES images(id) DEFERRABLE INITIALLY DEFERRED,
          text TEXT NOT NULL,
          source TEXT NOT NULL);
        CREATE INDEX captions_image ON captions(image_id);
        CREATE TABLE phrases (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          caption_id INTEGER NOT NULL REFERENCES captions(id) DEFERRABLE INITIALLY DEFERRED,
          start_offset INTEGER NOT NULL,
          end_offset INTEGER NOT NULL);
        CREATE INDEX phrases_caption ON phrases(caption_id);
        CREATE TABLE phrase_targets (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          phrase_id INTEGER NOT NULL REFERENCES phrases(id) DEFERRABLE INITIALLY DEFERRED,
          position INTEGER NOT NULL,
          annotation_id INTEGER NOT NULL REFERENCES annotations(id) DEFERRABLE INITIALLY DEFERRED);
        CREATE INDEX phrase_targets_phrase ON phrase_targets(phrase_id);
        CREATE INDEX phrase_targets_annotation ON phrase_targets(annotation_id);
        CREATE TABLE expressions (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          image_id INTEGER NOT NULL REFERENCES images(id) DEFERRABLE INITIALLY DEFERRED,
          text TEXT NOT NULL,
          domain TEXT);
        CREATE INDEX expressions_image ON expressions(image_id);
        CREATE TABLE expression_targets (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          expression_id INTEGER NOT NULL REFERENCES expressions(id) DEFERRABLE INITIALLY DEFERRED,
          position INTEGER NOT NULL,
          annotation_id INTEGER NOT NULL REFERENCES annotations(id) DEFERRABLE INITIALLY DEFERRED);
        CREATE INDEX expression_targets_expression ON expression_targets(expression_id);
        CREATE INDEX expression_targets_annotation ON expression_targets(annotation_id);
        """;

    private static final String HISTORY_TABLES = """
        CREATE TABLE history (
          step INTEGER PRIMARY KEY,
          label TEXT NOT NULL,
          undone INTEGER NOT NULL DEFAULT 0,
          created_at INTEGER NOT NULL,
          summary TEXT NOT NULL);
        CREATE TABLE changes (
          id INTEGER PRIMARY KEY,
          step INTEGER NOT NULL,
          op TEXT NOT NULL CHECK (op IN ('I', 'D', 'U')),
          tbl TEXT NOT NULL,
          first_id INTEGER,
          last_id INTEGER);
        CREATE INDEX changes_step ON changes(step);
        CREATE TABLE row_counts (tbl TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
        """;

    /** The v1 columns of every data table, written out so this migration stays frozen if {@link Table} changes. */
    private static final Map<String, List<String>> V1_COLUMNS = new LinkedHashMap<>();

    static {
        V1_COLUMNS.put("images", List.of("id", "path", "file_name", "width", "height", "content_hash"));
        V1_COLUMNS.put("categories", List.of("id", "name", "color", "parent_id", "supercategory"));
        V1_COLUMNS.put("prompt_records", List.of("id", "image_id", "model_id", "model_version", "chosen_candidate",
                "score", "prompts", "edits"));
        V1_COLUMNS.put("annotations", List.of("id", "image_id", "category_id", "kind", "geometry", "bbox_x1",
                "bbox_y1", "bbox_x2", "bbox_y2", "area", "score", "source", "review", "crowd", "attributes",
                "parent_id", "prompt_record_id"));
        V1_COLUMNS.put("captions", List.of("id", "image_id", "text", "source"));
        V1_COLUMNS.put("phrases", List.of("id", "caption_id", "start_offset", "end_offset"));
        V1_COLUMNS.put("phrase_targets", List.of("id", "phrase_id", "position", "annotation_id"));
        V1_COLUMNS.put("expressions", List.of("id", "image_id", "text", "domain"));
        V1_COLUMNS.put("expression_targets", List.of("id", "expression_id", "position", "annotation_id"));
    }

    /** Tables whose rows {@link ProjectCounts} reports. */
    private static final List<String> COUNTED = List.of(
            "images", "categories", "prompt_records", "annotations", "captions", "phrases", "expressions");

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "data tables, undo history and row counters";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements()) {
                s.execute(sql);
            }
        }
    }

    static List<String> statements() {
        List<String> sql = new ArrayList<>();
        sql.addAll(split(DATA_TABLES));
        sql.addAll(split(HISTORY_TABLES));
        // Row images for undo/redo: the same columns, untyped (values keep their storage class), keyed by the
        // change that saved them and the side (0 = before the change, 1 = after it).
        for (Map.Entry<String, List<String>> t : V1_COLUMNS.entrySet()) {
            sql.add("CREATE TABLE saved_" + t.getKey() + " (change_id INTEGER NOT NULL, side INTEGER NOT NULL, "
                    + String.join(", ", t.getValue()) + ", PRIMARY KEY (change_id, side, id))");
        }
        for (String table : COUNTED) {
            sql.add("INSERT INTO row_counts (tbl, n) VALUES ('" + table + "', 0)");
            sql.add("CREATE TRIGGER " + table + "_counted_insert AFTER INSERT ON " + table
                    + " BEGIN UPDATE row_counts SET n = n + 1 WHERE tbl = '" + table + "'; END");
            sql.add("CREATE TRIGGER " + table + "_counted_delete AFTER DELETE ON " + table
                    + " BEGIN UPDATE row_counts SET n = n - 1 WHERE tbl = '" + table + "'; END");
        }
        return sql;
    }

    private static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        for (String s : script.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
