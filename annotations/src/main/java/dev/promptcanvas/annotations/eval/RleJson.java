package dev.promptcanvas.annotations.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.mask.Rle;
import java.nio.file.Path;

/** A COCO RLE object {@code {"size": [h, w], "counts": "..." | [runs]}} from one JSON Lines field. */
final class RleJson {

    private RleJson() {
    }

    static Rle read(Path file, int line, String field, JsonNode node) throws FormatException {
        if (!node.isObject()) {
            throw HumanRefReader.error(file, line, field, "expected a COCO RLE object {size, counts}, found "
                    + HumanRefReader.describe(node));
        }
        JsonNode size = node.get("size");
        if (size == null || !size.isArray() || size.size() != 2 || !size.get(0).canConvertToInt()
                || !size.get(1).canConvertToInt() || !size.get(0).isIntegralNumber()
                || !size.get(1).isIntegralNumber()) {
            throw HumanRefReader.error(file, line, field + ".size", "expected [height, width], found "
                    + (size == null ? "nothing" : HumanRefReader.describe(size)));
        }
        int height = size.get(0).asInt();
        int width = size.get(1).asInt();
        JsonNode counts = node.get("counts");
        try {
            if (counts != null && counts.isTextual()) {
                return Rle.fromString(counts.asText(), height, width);
            }
            if (counts != null && counts.isArray()) {
                int[] runs = new int[counts.size()];
                for (int i = 0; i < runs.length; i++) {
                    JsonNode run = counts.get(i);
                    if (!run.isIntegralNumber() || !run.canConvertToInt()) {
                        throw HumanRefReader.error(file, line, field + ".counts[" + i + "]",
                                "expected a whole number, found " + HumanRefReader.describe(run));
                    }
                    runs[i] = run.asInt();
                }
                return Rle.ofCounts(height, width, runs);
            }
        } catch (IllegalArgumentException e) {
            throw HumanRefReader.error(file, line, field + ".counts", e.getMessage());
        }
        throw HumanRefReader.error(file, line, field + ".counts", "expected a compressed RLE string or a list of"
                + " run lengths, found " + (counts == null ? "nothing" : HumanRefReader.describe(counts)));
    }
}
