package dev.promptcanvas.annotations.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregate reads behind {@link ProjectStore#imageSummaries()} and {@link ProjectStore#categoryCounts()}: one
 * GROUP BY each. The per-image query reads only the covering index annotations(image_id, category_id, source)
 * (schema 2), never the annotation rows with their geometry.
 */
final class SummaryQueries {

    /**
     * Per image: id, done, annotation count, how many of them a person made, and their category ids with repeats
     * (de-duplicated here: cheaper than SQLite's DISTINCT, which sorts each group in a temporary b-tree).
     */
    private static final String SUMMARY = "SELECT i.id, i.done, count(a.image_id), sum(a.source = 'human'), "
            + "group_concat(a.category_id) FROM images i LEFT JOIN annotations a ON a.image_id = i.id ";

    /** Every image's summary row, in image id order. */
    static final String ALL_SQL = SUMMARY + "GROUP BY i.id ORDER BY i.id";

    static final String CATEGORY_COUNTS = "SELECT c.id, (SELECT count(*) FROM annotations a "
            + "WHERE a.category_id = c.id) FROM categories c ORDER BY c.id";

    private SummaryQueries() {
    }

    /** Every image's summary, in image id order. */
    static List<ImageSummary> all(ProjectReader reader) {
        return reader.list(ALL_SQL, SummaryQueries::summary);
    }

    static Optional<ImageSummary> one(ProjectReader reader, long imageId) {
        return reader.one(SUMMARY + "WHERE i.id = ? GROUP BY i.id", SummaryQueries::summary, imageId);
    }

    /** Annotations per category id, every category included (0 when unused), in category id order. */
    static Map<Long, Long> categoryCounts(ProjectReader reader) {
        Map<Long, Long> out = new LinkedHashMap<>();
        reader.list(CATEGORY_COUNTS, rs -> out.put(rs.getLong(1), rs.getLong(2)));
        return Collections.unmodifiableMap(out);
    }

    private static ImageSummary summary(ResultSet rs) throws SQLException {
        int annotations = rs.getInt(3);
        int human = rs.getInt(4);
        return new ImageSummary(rs.getLong(1), annotations, rs.getInt(2) != 0, human > 0, annotations > human,
                ids(rs.getString(5)));
    }

    /** "12,3,7,3" (group_concat) as distinct ascending longs. */
    static long[] ids(String list) {
        if (list == null || list.isEmpty()) {
            return new long[0];
        }
        int n = 1;
        for (int i = 0; i < list.length(); i++) {
            if (list.charAt(i) == ',') {
                n++;
            }
        }
        long[] out = new long[n];
        int k = 0;
        long v = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == ',') {
                out[k++] = v;
                v = 0;
            } else if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
            } else {
                throw new IllegalStateException("unexpected category id list from the database: " + list);
            }
        }
        out[k] = v;
        Arrays.sort(out);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == n ? out : Arrays.copyOf(out, distinct);
    }
}
