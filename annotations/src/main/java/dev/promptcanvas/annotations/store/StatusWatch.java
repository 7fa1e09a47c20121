package dev.promptcanvas.annotations.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the images whose derived status (unlabelled ↔ in progress) an edit flips, so the step's
 * {@link StoreChange} reports them as touched {@link StoreChange.Entity#IMAGES}. Code that adds or removes
 * annotations calls {@link #before} for each image it is about to change; {@link #report} compares at the end.
 */
final class StatusWatch {

    private static final String HAS_ANNOTATIONS =
            "SELECT EXISTS (SELECT 1 FROM annotations WHERE image_id = ?)";

    private final Db db;
    private final Map<Long, Boolean> hadAnnotations = new HashMap<>();

    StatusWatch(Db db) {
        this.db = db;
    }

    /** Notes whether the image has annotations now (once per image and edit: later calls are free). */
    void before(long imageId) throws SQLException {
        if (!hadAnnotations.containsKey(imageId)) {
            hadAnnotations.put(imageId, has(imageId));
        }
    }

    /** Touches IMAGES for every watched image that gained its first or lost its last annotation. */
    void report(ChangeSummary summary) throws SQLException {
        for (Map.Entry<Long, Boolean> e : hadAnnotations.entrySet()) {
            if (has(e.getKey()) != e.getValue()) {
                summary.touch(StoreChange.Entity.IMAGES, e.getKey());
            }
        }
    }

    private boolean has(long imageId) throws SQLException {
        return db.queryLong(0, HAS_ANNOTATIONS, imageId) != 0;
    }
}
