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

    private static final String SUMMARY = "SELECT i.id, i.done, count(a.image_id), "
            + "ifnull(max(a.source = 'human'), 0), ifnull(max(a.source <> 'human'), 0), "
            + "group_concat(DISTINCT a.category_id) "
            + "FROM images i LEFT JOIN annotations a ON a.image_id = i.id ";

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
        return new ImageSummary(rs.getLong(1), rs.getInt(3), rs.getInt(2) != 0, rs.getInt(4) != 0,
                rs.getInt(5) != 0, ids(rs.getString(6)));
    }

    /** "12,3,7" (group_concat) as sorted longs. */
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
        return out;
    }
}
