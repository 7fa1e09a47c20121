package dev.promptcanvas.annotations.formats.export;

/** Told as an export reads each image; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {

    /**
     * @param split the split being written ("" when not split)
     * @param done images read so far, over all splits
     * @param total images in the export
     */
    void imagesDone(String split, long done, long total);

    static ExportProgress none() {
        return (split, done, total) -> { };
    }
}
