package dev.promptcanvas.annotations.formats.coco;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonPaths;
import dev.promptcanvas.annotations.formats.support.JsonValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one entry of a COCO {@code annotations} list straight from the token stream (no tree), checking types and
 * shapes as it goes. References to images and categories are checked later, by {@link CocoAssembler}.
 */
final class CocoAnnotationParser {

    private double[] coordinates = new double[256];
    private int[] counts = new int[256];
    /** Extent of the polygon rings read for the current annotation: min x, min y, max x, max y. */
    private final double[] extent = new double[4];

    /** Parses the object the parser is on; leaves the parser on its closing token. */
    RawEntries.Annotation parse(JsonParser p, int index) throws IOException, InvalidFieldException {
        JsonValues.requireObject(p);
        Long id = null;
        Long imageId = null;
        Long categoryId = null;
        RawSegmentation segmentation = null;
        double[] bbox = null;
        boolean crowd = false;
        Double score = null;
        String caption = null;
        Map<String, String> attributes = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL && !name.equals("id") && !name.equals("image_id")) {
                continue;
            }
            switch (name) {
                case "id" -> id = JsonValues.integer(p);
                case "image_id" -> imageId = JsonValues.integer(p);
                case "category_id" -> categoryId = JsonValues.integer(p);
                case "segmentation" -> segmentation = segmentation(p);
                case "bbox" -> bbox = bbox(p);
                case "iscrowd" -> crowd = crowd(p);
                case "score" -> score = JsonValues.number(p);
                case "area" -> JsonValues.number(p);
                case "caption" -> caption = JsonValues.text(p);
                case "attributes" -> attributes = attributes(p);
                default -> p.skipChildren();
            }
        }
        if (id == null || imageId == null || caption == null && (categoryId == null
                || segmentation == null && bbox == null)) {
            missing(index, id, imageId, categoryId, segmentation != null || bbox != null);
        }
        return new RawEntries.Annotation(index, id, imageId, categoryId, segmentation, bbox, crowd, score, caption,
                attributes);
    }

    private static void missing(int index, Long id, Long imageId, Long categoryId, boolean hasShape)
            throws InvalidFieldException {
        String base = "annotations[" + index + "]";
        if (id == null) {
            throw new InvalidFieldException(base + ".id", "missing (every annotation needs an integer id)");
        }
        if (imageId == null) {
            throw new InvalidFieldException(base + ".image_id", "missing");
        }
        if (categoryId == null) {
            throw new InvalidFieldException(base + ".category_id", "missing (and this is not a caption)");
        }
        if (!hasShape) {
            throw new InvalidFieldException(base, "has neither a segmentation nor a bbox");
        }
    }

    private RawSegmentation segmentation(JsonParser p) throws IOException, InvalidFieldException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return rle(p);
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidFieldException(JsonPaths.here(p), "must be a list of polygons or an RLE object, got "
                    + JsonValues.describe(p));
        }
        List<double[]> rings = new ArrayList<>(2);
        extent[0] = Double.POSITIVE_INFINITY;
        extent[1] = Double.POSITIVE_INFINITY;
        extent[2] = Double.NEGATIVE_INFINITY;
        extent[3] = Double.NEGATIVE_INFINITY;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_ARRAY) {
                throw new InvalidFieldException(JsonPaths.here(p), "must be a polygon [x1, y1, x2, y2, ...], got "
                        + JsonValues.describe(p));
            }
            rings.add(ring(p));
        }
        return rings.isEmpty() ? null : new RawSegmentation.Polygons(rings, extent.clone());
    }

    private double[] ring(JsonParser p) throws IOException, InvalidFieldException {
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                throw new InvalidFieldException(JsonPaths.here(p), "must be a number, got " + JsonValues.describe(p));
            }
            double v = p.getDoubleValue();
            if (!Double.isFinite(v)) {
                throw new InvalidFieldException(JsonPaths.here(p), "is not a finite number (" + p.getText() + ")");
            }
            if (n == coordinates.length) {
                coordinates = Arrays.copyOf(coordinates, n * 2);
            }
            coordinates[n++] = v;
        }
        if (n % 2 != 0) {
            throw new InvalidFieldException(JsonPaths.here(p), "has an odd number of coordinates (" + n + ")");
        }
        if (n < 6) {
            throw new InvalidFieldException(JsonPaths.here(p), "a polygon needs at least 3 points, this one has "
                    + n / 2);
        }
        for (int i = 0; i < n; i += 2) {
            extent[0] = Math.min(extent[0], coordinates[i]);
            extent[1] = Math.min(extent[1], coordinates[i + 1]);
            extent[2] = Math.max(extent[2], coordinates[i]);
            extent[3] = Math.max(extent[3], coordinates[i + 1]);
        }
        return Arrays.copyOf(coordinates, n);
    }

    private RawSegmentation rle(JsonParser p) throws IOException, InvalidFieldException {
        int[] size = null;
        String compressed = null;
        int[] uncompressed = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "size" -> size = size(p);
                case "counts" -> {
                    if (p.currentToken() == JsonToken.VALUE_STRING) {
                        compressed = p.getText();
                    } else if (p.currentToken() == JsonToken.START_ARRAY) {
                        uncompressed = countList(p);
                    } else {
                        throw new InvalidFieldException(JsonPaths.here(p),
                                "must be a compressed RLE string or a list of counts, got " + JsonValues.describe(p));
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (size == null) {
            throw new InvalidFieldException(JsonPaths.here(p) + ".size",
                    "missing (RLE needs \"size\": [height, width])");
        }
        if (compressed == null && uncompressed == null) {
            throw new InvalidFieldException(JsonPaths.here(p) + ".counts", "missing");
        }
        return compressed != null ? new RawSegmentation.CompressedRle(size[0], size[1], compressed)
                : new RawSegmentation.CountsRle(size[0], size[1], uncompressed);
    }

    private static int[] size(JsonParser p) throws IOException, InvalidFieldException {
        JsonValues.requireArray(p);
        int[] hw = new int[2];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long v = JsonValues.integer(p);
            if (n >= 2 || v < 0 || v > Integer.MAX_VALUE) {
                throw new InvalidFieldException(JsonPaths.here(p),
                        "a size must be [height, width] with two non-negative integers");
            }
            hw[n++] = (int) v;
        }
        if (n != 2) {
            throw new InvalidFieldException(JsonPaths.here(p), "must be [height, width], has " + n + " values");
        }
        return hw;
    }

    private int[] countList(JsonParser p) throws IOException, InvalidFieldException {
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long v = JsonValues.integer(p);
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new InvalidFieldException(JsonPaths.here(p), "an RLE count must be a non-negative integer, got "
                        + v);
            }
            if (n == counts.length) {
                counts = Arrays.copyOf(counts, n * 2);
            }
            counts[n++] = (int) v;
        }
        return Arrays.copyOf(counts, n);
    }

    private static double[] bbox(JsonParser p) throws IOException, InvalidFieldException {
        JsonValues.requireArray(p);
        double[] b = new double[4];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            double v = JsonValues.number(p);
            if (n < 4) {
                b[n] = v;
            }
            n++;
        }
        if (n != 4) {
            throw new InvalidFieldException(JsonPaths.here(p), "must be [x, y, width, height], has " + n + " values");
        }
        if (b[2] < 0 || b[3] < 0) {
            throw new InvalidFieldException(JsonPaths.here(p), "width and height must not be negative, got [" + b[2] + ", "
                    + b[3] + "]");
        }
        return b;
    }

    private static boolean crowd(JsonParser p) throws IOException, InvalidFieldException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        long v = JsonValues.integer(p);
        if (v != 0 && v != 1) {
            throw new InvalidFieldException(JsonPaths.here(p), "must be 0 or 1, got " + v);
        }
        return v == 1;
    }

    private static Map<String, String> attributes(JsonParser p) throws IOException, InvalidFieldException {
        JsonValues.requireObject(p);
        Map<String, String> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            out.put(key, t.isScalarValue() ? p.getText() : p.readValueAsTree().toString());
        }
        return out;
    }
}
