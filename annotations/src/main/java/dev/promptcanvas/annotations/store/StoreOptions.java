package dev.promptcanvas.annotations.store;

/**
 * How a project store is opened.
 *
 * @param historyLimit how many undo steps are kept in the database (older ones are dropped as new edits come)
 * @param busyTimeoutMillis how long SQLite waits for a lock held by another connection before giving up
 */
public record StoreOptions(int historyLimit, int busyTimeoutMillis) {

    public static final int DEFAULT_HISTORY_LIMIT = 1000;

    public StoreOptions {
        if (historyLimit < 1) {
            throw new IllegalArgumentException("store options: history limit must be at least 1, got " + historyLimit);
        }
        if (busyTimeoutMillis < 0) {
            throw new IllegalArgumentException("store options: busy timeout is negative (" + busyTimeoutMillis + ")");
        }
    }

    public static StoreOptions defaults() {
        return new StoreOptions(DEFAULT_HISTORY_LIMIT, 5000);
    }

    public StoreOptions withHistoryLimit(int limit) {
        return new StoreOptions(limit, busyTimeoutMillis);
    }
}
