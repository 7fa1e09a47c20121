package dev.promptcanvas.inference.models;

/** Told how far a long job (download, copy, checksum, pre-encoding) has got. */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores all progress. */
    ProgressListener NONE = (what, done, total) -> { };

    /**
     * @param what what is being done, e.g. "download sam2.1_hiera_tiny_20260221.zip"
     * @param done units done so far (bytes, images)
     * @param total units in all, or -1 when unknown
     */
    void progress(String what, long done, long total);
}
