package dev.promptcanvas.annotations.store;

import java.util.Collection;

/**
 * Sets of ids passed to SQL as one JSON array parameter and read back with {@code json_each}, so a statement over
 * thousands of ids stays one prepared statement: {@code "... WHERE id " + IdSets.IN}, bound to {@link #json}.
 */
final class IdSets {

    /** "IN (the ids of the JSON array parameter)". */
    static final String IN = "IN (SELECT value FROM json_each(?))";

    private IdSets() {
    }

    /** The ids as a JSON array, e.g. "[3,5,8]". */
    static String json(Collection<Long> ids) {
        StringBuilder out = new StringBuilder(ids.size() * 8 + 2).append('[');
        for (Long id : ids) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(id.longValue());
        }
        return out.append(']').toString();
    }
}
