package dev.promptcanvas.annotations.formats.odvg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.support.CodePointOffsets;
import dev.promptcanvas.annotations.formats.support.ImageBounds;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
import dev.promptcanvas.annotations.formats.support.JsonPaths;
import dev.promptcanvas.annotations.geometry.Box;
import java.util.ArrayList;
import java.util.List;

/** Parses an ODVG {@code grounding} object: the caption, and per region its box and its caption spans. */
final class OdvgGrounding {

    /** A region: its pixel box and its spans as Java (UTF-16) offsets into the caption. */
    record Region(Box box, List<int[]> spans) {
    }

    /** The caption and its regions. */
    record Parsed(String caption, List<Region> regions) {
    }

    private OdvgGrounding() {
    }

    static Parsed parse(JsonNode grounding, int width, int height) throws InvalidFieldException {
        if (!grounding.isObject()) {
            throw new InvalidFieldException("grounding", "must be an object, got " + JsonNodes.describe(grounding));
        }
        String caption = JsonNodes.text(JsonNodes.required(grounding, "caption", "grounding"), "grounding.caption");
        JsonNode list = JsonNodes.required(grounding, "regions", "grounding");
        if (!list.isArray()) {
            throw new InvalidFieldException("grounding.regions", "must be a list, got " + JsonNodes.describe(list));
        }
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = JsonPaths.index("grounding.regions", i);
            JsonNode r = list.get(i);
            if (!r.isObject()) {
                throw new InvalidFieldException(path, "must be an object, got " + JsonNodes.describe(r));
            }
            Box box = box(JsonNodes.required(r, "bbox", path), JsonPaths.field(path, "bbox"), width, height);
            regions.add(new Region(box, spans(r, path, caption)));
        }
        return new Parsed(caption, regions);
    }

    /** {@code tokens_positive} as UTF-16 spans; without it, the first occurrence of {@code phrase}. */
    private static List<int[]> spans(JsonNode region, String path, String caption) throws InvalidFieldException {
        JsonNode tokens = JsonNodes.optional(region, "tokens_positive");
        String tokensPath = JsonPaths.field(path, "tokens_positive");
        List<int[]> spans = new ArrayList<>();
        if (tokens == null) {
            JsonNode phrase = JsonNodes.optional(region, "phrase");
            String text = phrase == null ? null : JsonNodes.nonBlankText(phrase, JsonPaths.field(path, "phrase"));
            int at = text == null ? -1 : caption.indexOf(text);
            if (at < 0) {
                throw new InvalidFieldException(tokensPath, "missing, and the region's phrase is not in the caption");
            }
            spans.add(new int[] {at, at + text.length()});
            return spans;
        }
        if (!tokens.isArray() || tokens.isEmpty()) {
            throw new InvalidFieldException(tokensPath, "must be a non-empty list of [start, end], got "
                    + JsonNodes.describe(tokens));
        }
        int length = CodePointOffsets.length(caption);
        for (int k = 0; k < tokens.size(); k++) {
            String at = JsonPaths.index(tokensPath, k);
            JsonNode t = tokens.get(k);
            if (!t.isArray() || t.size() != 2) {
                throw new InvalidFieldException(at, "must be [start, end], got " + JsonNodes.describe(t));
            }
            long s = JsonNodes.integer(t.get(0), JsonPaths.index(at, 0));
            long e = JsonNodes.integer(t.get(1), JsonPaths.index(at, 1));
            if (s < 0 || e <= s || e > length) {
                throw new InvalidFieldException(at, "span [" + s + ", " + e + ") does not lie inside the caption ("
                        + length + " characters)");
            }
            spans.add(new int[] {CodePointOffsets.toChars(caption, (int) s), CodePointOffsets.toChars(caption,
                    (int) e)});
        }
        return spans;
    }

    /** An xyxy pixel box, clipped to the image. */
    static Box box(JsonNode v, String path, int width, int height) throws InvalidFieldException {
        if (!v.isArray() || v.size() != 4) {
            throw new InvalidFieldException(path, "must be [x1, y1, x2, y2], got "
                    + (v.isArray() ? v.size() + " values" : JsonNodes.describe(v)));
        }
        double[] c = new double[4];
        for (int k = 0; k < 4; k++) {
            c[k] = JsonNodes.number(v.get(k), JsonPaths.index(path, k));
        }
        if (c[2] < c[0] || c[3] < c[1]) {
            throw new InvalidFieldException(path, "corners out of order: [" + c[0] + ", " + c[1] + ", " + c[2] + ", "
                    + c[3] + "] (ODVG boxes are [x1, y1, x2, y2])");
        }
        return (Box) ImageBounds.fit(new Box(c[0], c[1], c[2], c[3]), width, height, path);
    }
}
