package dev.promptcanvas.annotations.formats.sa1b;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
import dev.promptcanvas.annotations.formats.support.JsonPaths;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Typed reads of one SA-1B file: the {@code image} header, then each annotation. */
record Sa1bImage(int width, int height, String fileName) {

    /** One annotation: its mask, its clicks (positive points) and score, and the attributes to keep. */
    record Entry(Mask mask, List<Prompt> points, Double predictedIou, Map<String, String> attributes) {
    }

    static Sa1bImage parseHeader(JsonNode root) throws InvalidFieldException {
        JsonNode image = JsonNodes.required(root, "image", "");
        if (!image.isObject()) {
            throw new InvalidFieldException("image", "must be an object, got " + JsonNodes.describe(image));
        }
        int width = JsonNodes.positiveInt(JsonNodes.required(image, "width", "image"), "image.width");
        int height = JsonNodes.positiveInt(JsonNodes.required(image, "height", "image"), "image.height");
        String name = JsonNodes.nonBlankText(JsonNodes.required(image, "file_name", "image"), "image.file_name");
        JsonNode list = JsonNodes.required(root, "annotations", "");
        if (!list.isArray()) {
            throw new InvalidFieldException("annotations", "must be a list, got " + JsonNodes.describe(list));
        }
        return new Sa1bImage(width, height, name);
    }

    static Entry parseAnnotation(JsonNode a, String path, Sa1bImage image) throws InvalidFieldException {
        if (!a.isObject()) {
            throw new InvalidFieldException(path, "must be an object, got " + JsonNodes.describe(a));
        }
        Rle rle = rle(JsonNodes.required(a, "segmentation", path), JsonPaths.field(path, "segmentation"), image);
        List<Prompt> points = new ArrayList<>();
        JsonNode coords = JsonNodes.optional(a, "point_coords");
        if (coords != null) {
            String cp = JsonPaths.field(path, "point_coords");
            if (!coords.isArray()) {
                throw new InvalidFieldException(cp, "must be a list of [x, y], got " + JsonNodes.describe(coords));
            }
            for (int i = 0; i < coords.size(); i++) {
                double[] xy = numbers(coords.get(i), JsonPaths.index(cp, i), 2);
                points.add(new PointPrompt(xy[0], xy[1], true));
            }
        }
        Double iou = optionalNumber(a, "predicted_iou", path);
        Map<String, String> attributes = new HashMap<>();
        Double stability = optionalNumber(a, "stability_score", path);
        if (stability != null) {
            attributes.put(Sa1bFormat.STABILITY_SCORE, Sa1bAttributes.number(stability));
        }
        JsonNode crop = JsonNodes.optional(a, "crop_box");
        if (crop != null) {
            attributes.put(Sa1bFormat.CROP_BOX, Sa1bAttributes.cropBox(numbers(crop, JsonPaths.field(path,
                    "crop_box"), 4)));
        }
        return new Entry(new Mask(rle), points, iou, attributes);
    }

    private static Double optionalNumber(JsonNode a, String name, String path) throws InvalidFieldException {
        JsonNode v = JsonNodes.optional(a, name);
        return v == null ? null : JsonNodes.number(v, JsonPaths.field(path, name));
    }

    private static double[] numbers(JsonNode v, String path, int n) throws InvalidFieldException {
        if (!v.isArray() || v.size() != n) {
            throw new InvalidFieldException(path, "must be " + n + " numbers, got "
                    + (v.isArray() ? v.size() + " values" : JsonNodes.describe(v)));
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = JsonNodes.number(v.get(k), JsonPaths.index(path, k));
        }
        return out;
    }

    private static Rle rle(JsonNode v, String path, Sa1bImage image) throws InvalidFieldException {
        if (!v.isObject()) {
            throw new InvalidFieldException(path, "must be a COCO RLE object {size, counts}, got "
                    + JsonNodes.describe(v));
        }
        double[] size = numbers(JsonNodes.required(v, "size", path), JsonPaths.field(path, "size"), 2);
        if (size[0] != image.height() || size[1] != image.width()) {
            throw new InvalidFieldException(JsonPaths.field(path, "size"), "is [" + (long) size[0] + ", "
                    + (long) size[1] + "] but the image is " + image.width() + "x" + image.height()
                    + " (size is [height, width])");
        }
        JsonNode counts = JsonNodes.required(v, "counts", path);
        String cp = JsonPaths.field(path, "counts");
        try {
            if (counts.isTextual()) {
                return Rle.fromString(counts.textValue(), image.height(), image.width());
            }
            if (counts.isArray()) {
                int[] c = new int[counts.size()];
                for (int i = 0; i < c.length; i++) {
                    long n = JsonNodes.integer(counts.get(i), JsonPaths.index(cp, i));
                    if (n < 0 || n > Integer.MAX_VALUE) {
                        throw new InvalidFieldException(JsonPaths.index(cp, i), "run length " + n + " is out of range");
                    }
                    c[i] = (int) n;
                }
                return Rle.ofCounts(image.height(), image.width(), c);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(cp, e.getMessage());
        }
        throw new InvalidFieldException(cp, "must be a string or a list of run lengths, got "
                + JsonNodes.describe(counts));
    }
}
