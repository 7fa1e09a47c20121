package dev.promptcanvas.annotations.formats.humanref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
import dev.promptcanvas.annotations.formats.support.JsonPaths;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of HumanRef's JSON values: ids, box lists and COCO RLE objects. */
final class HumanRefJson {

    private HumanRefJson() {
    }

    /** An id written as a string or a number, as text. */
    static String id(JsonNode record) throws InvalidFieldException {
        JsonNode v = JsonNodes.required(record, "id", "");
        if (v.isTextual() || v.isIntegralNumber()) {
            return v.asText();
        }
        throw new InvalidFieldException("id", "must be a string or an integer, got " + JsonNodes.describe(v));
    }

    /** A list of xyxy boxes; {@code []} and {@code [[]]} are both an empty list. */
    static List<Box> boxes(JsonNode list, String field) throws InvalidFieldException {
        if (!list.isArray()) {
            throw new InvalidFieldException(field, "must be a list of [x1, y1, x2, y2], got "
                    + JsonNodes.describe(list));
        }
        List<Box> boxes = new ArrayList<>();
        if (list.size() == 1 && list.get(0).isArray() && list.get(0).isEmpty()) {
            return boxes;
        }
        for (int i = 0; i < list.size(); i++) {
            boxes.add(box(list.get(i), JsonPaths.index(field, i)));
        }
        return boxes;
    }

    static Box box(JsonNode v, String path) throws InvalidFieldException {
        double[] c = numbers(v, path, 4);
        if (c[2] < c[0] || c[3] < c[1]) {
            throw new InvalidFieldException(path, "corners out of order: [" + c[0] + ", " + c[1] + ", " + c[2] + ", "
                    + c[3] + "] (boxes are [x1, y1, x2, y2])");
        }
        return new Box(c[0], c[1], c[2], c[3]);
    }

    /** A list of exactly {@code n} finite numbers. */
    static double[] numbers(JsonNode v, String path, int n) throws InvalidFieldException {
        if (!v.isArray() || v.size() != n) {
            throw new InvalidFieldException(path, "must be " + n + " numbers, got "
                    + (v.isArray() ? v.size() + " values" : JsonNodes.describe(v)));
        }
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = JsonNodes.number(v.get(k), JsonPaths.index(path, k));
        }
        return c;
    }

    /** A COCO RLE object {@code {"size": [h, w], "counts": "..." | [..]}}. */
    static Rle rle(JsonNode v, String path) throws InvalidFieldException {
        if (!v.isObject()) {
            throw new InvalidFieldException(path, "must be a COCO RLE object {size, counts}, got "
                    + JsonNodes.describe(v));
        }
        JsonNode size = JsonNodes.required(v, "size", path);
        String sizePath = JsonPaths.field(path, "size");
        if (!size.isArray() || size.size() != 2) {
            throw new InvalidFieldException(sizePath, "must be [height, width]");
        }
        int h = JsonNodes.positiveInt(size.get(0), JsonPaths.index(sizePath, 0));
        int w = JsonNodes.positiveInt(size.get(1), JsonPaths.index(sizePath, 1));
        JsonNode counts = JsonNodes.required(v, "counts", path);
        String countsPath = JsonPaths.field(path, "counts");
        try {
            if (counts.isTextual()) {
                return Rle.fromString(counts.textValue(), h, w);
            }
            if (counts.isArray()) {
                int[] c = new int[counts.size()];
                for (int i = 0; i < c.length; i++) {
                    long n = JsonNodes.integer(counts.get(i), JsonPaths.index(countsPath, i));
                    if (n < 0 || n > Integer.MAX_VALUE) {
                        throw new InvalidFieldException(JsonPaths.index(countsPath, i), "run length " + n
                                + " is out of range");
                    }
                    c[i] = (int) n;
                }
                return Rle.ofCounts(h, w, c);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(countsPath, e.getMessage());
        }
        throw new InvalidFieldException(countsPath, "must be a string or a list of run lengths, got "
                + JsonNodes.describe(counts));
    }
}
