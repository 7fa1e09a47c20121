package dev.promptcanvas.annotations.store;

/**
 * Where an image stands in labelling. {@link #DONE} is set by the user ({@link SetImageDone}); the other two follow
 * from the image's annotations, so they never go stale.
 */
public enum ImageStatus {
    /** Not marked done and without annotations. */
    UNLABELLED,
    /** Not marked done, with at least one annotation. */
    IN_PROGRESS,
    /** Marked done by the user (with or without annotations: "nothing to label here" is a finished image too). */
    DONE;

    /** The status of an image with this done flag and this many annotations. */
    public static ImageStatus of(boolean done, long annotations) {
        if (annotations < 0) {
            throw new IllegalArgumentException("image status: negative annotation count " + annotations);
        }
        if (done) {
            return DONE;
        }
        return annotations == 0 ? UNLABELLED : IN_PROGRESS;
    }
}
