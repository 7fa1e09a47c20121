package dev.promptcanvas.annotations.formats.grit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.support.CodePointOffsets;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
import dev.promptcanvas.annotations.formats.support.JsonPaths;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code [start, end, x1, y1, x2, y2, score]} entry of {@code noun_chunks} or {@code ref_exps}, with the span
 * turned into Java (UTF-16) offsets of the caption and the box kept normalised.
 */
record GritTuple(int start, int end, double x1, double y1, double x2, double y2, double score) {

    /** How far past [0, 1] a normalised coordinate may stray (rounding in other tools) before it is an error. */
    static final double SLACK = 1e-6;

    /** Every tuple of a list field. */
    static List<GritTuple> parseAll(JsonNode list, String field, String caption) throws InvalidFieldException {
        if (!list.isArray()) {
            throw new InvalidFieldException(field, "must be a list of [start, end, x1, y1, x2, y2, score], got "
                    + JsonNodes.describe(list));
        }
        List<GritTuple> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(parse(list.get(i), JsonPaths.index(field, i), caption));
        }
        return out;
    }

    static GritTuple parse(JsonNode v, String path, String caption) throws InvalidFieldException {
        if (!v.isArray() || (v.size() != 7 && v.size() != 6)) {
            throw new InvalidFieldException(path, "must be [start, end, x1, y1, x2, y2, score], got "
                    + (v.isArray() ? v.size() + " values" : JsonNodes.describe(v)));
        }
        long start = JsonNodes.integer(v.get(0), JsonPaths.index(path, 0));
        long end = JsonNodes.integer(v.get(1), JsonPaths.index(path, 1));
        int length = CodePointOffsets.length(caption);
        if (start < 0 || end <= start || end > length) {
            throw new InvalidFieldException(path, "span [" + start + ", " + end + ") does not lie inside the caption ("
                    + length + " characters)");
        }
        double[] box = new double[4];
        for (int k = 0; k < 4; k++) {
            String at = JsonPaths.index(path, k + 2);
            double c = JsonNodes.number(v.get(k + 2), at);
            if (c < -SLACK || c > 1 + SLACK) {
                throw new InvalidFieldException(at, "box coordinates must be normalised to [0, 1], got " + c);
            }
            box[k] = Math.min(1, Math.max(0, c));
        }
        if (box[2] < box[0] || box[3] < box[1]) {
            throw new InvalidFieldException(path, "box corners out of order: (" + box[0] + ", " + box[1] + ")-("
                    + box[2] + ", " + box[3] + ")");
        }
        double score = 1.0;
        if (v.size() == 7 && !v.get(6).isNull()) {
            score = JsonNodes.number(v.get(6), JsonPaths.index(path, 6));
        }
        return new GritTuple(CodePointOffsets.toChars(caption, (int) start), CodePointOffsets.toChars(caption,
                (int) end), box[0], box[1], box[2], box[3], score);
    }
}
