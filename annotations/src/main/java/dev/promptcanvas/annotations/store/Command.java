package dev.promptcanvas.annotations.store;

/**
 * One edit of a project. {@link ProjectStore#apply} runs it in one transaction through an {@link Edit}, which
 * records every row it changes so the edit can be undone and redone as one step.
 *
 * @param <R> what the edit returns (e.g. the stored record with its new id)
 */
public interface Command<R> {

    /** A short human-readable name for menus ("Add annotation", "Import COCO"). */
    String label();

    /** Makes the change; throwing leaves the project untouched. */
    R execute(Edit edit) throws StoreException;

    /** A command from a label and a body, for one-off composite edits. */
    static <R> Command<R> of(String label, Body<R> body) {
        return new Command<>() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public R execute(Edit edit) throws StoreException {
                return body.run(edit);
            }
        };
    }

    /** The body of a command made with {@link #of}. */
    @FunctionalInterface
    interface Body<R> {
        R run(Edit edit) throws StoreException;
    }
}
