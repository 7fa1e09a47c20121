package dev.promptcanvas.inference.encode;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Regions to write as text for a model.
 *
 * @param imageSize the original image's size (boxes and points are in its pixels)
 * @param boxes     boxes, in order (their position is the region / candidate index)
 * @param points    points (Qwen and MDVP can also take points)
 * @param labels    optional phrase per box (KOSMOS-2 phrases, Qwen labels); empty or shorter than boxes is fine
 * @param query     optional question or referring expression to put in the prompt
 */
public record EncodeRequest(ImageSize imageSize, List<Box> boxes, List<Point> points, List<String> labels,
                            String query) {

    public EncodeRequest {
        if (imageSize == null) {
            throw new IllegalArgumentException("image size is required");
        }
        boxes = List.copyOf(boxes == null ? List.of() : boxes);
        points = List.copyOf(points == null ? List.of() : points);
        labels = labels == null ? List.of() : new ArrayList<>(labels);
        labels = java.util.Collections.unmodifiableList(labels);
    }

    public static EncodeRequest boxes(ImageSize size, List<Box> boxes) {
        return new EncodeRequest(size, boxes, List.of(), List.of(), null);
    }

    /** The label of box i, or null. */
    public String label(int i) {
        String l = i < labels.size() ? labels.get(i) : null;
        return l == null || l.isBlank() ? null : l;
    }

    public EncodeRequest withQuery(String q) {
        return new EncodeRequest(imageSize, boxes, points, labels, q);
    }

    public EncodeRequest withLabels(List<String> l) {
        return new EncodeRequest(imageSize, boxes, points, l, query);
    }

    public EncodeRequest withPoints(List<Point> p) {
        return new EncodeRequest(imageSize, boxes, p, labels, query);
    }
}
