package dev.promptcanvas.annotations.formats.coco;

import java.util.Map;

/** COCO entries as read, each with its position in its list (for messages), before cross-checks. */
final class RawEntries {

    private RawEntries() {
    }

    /** An entry of {@code images}. */
    record Image(int index, long id, String fileName, int width, int height) {
        String path() {
            return "images[" + index + "]";
        }
    }

    /** An entry of {@code categories}. */
    record Category(int index, long id, String name, String supercategory) {
        String path() {
            return "categories[" + index + "]";
        }
    }

    /**
     * An entry of {@code annotations}: an instance (category, segmentation and/or bbox) or a caption.
     *
     * @param segmentation null when absent or an empty list
     * @param bbox [x, y, w, h] or null
     */
    record Annotation(int index, long id, long imageId, Long categoryId, RawSegmentation segmentation,
                      double[] bbox, boolean crowd, Double score, String caption, Map<String, String> attributes) {
        String path() {
            return "annotations[" + index + "]";
        }

        /** This entry without its segmentation and bbox (once its geometry is built). */
        Annotation withoutShape() {
            return new Annotation(index, id, imageId, categoryId, null, null, crowd, score, caption, attributes);
        }
    }
}
