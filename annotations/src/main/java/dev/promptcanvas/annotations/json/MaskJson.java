package dev.promptcanvas.annotations.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.mask.Rle;
import java.io.IOException;

/** The fields of a mask, COCO-style: {@code "size":[h,w]} and {@code "counts"} (compressed string or run list). */
final class MaskJson {

    private MaskJson() {
    }

    static void writeFields(JsonGenerator out, Mask mask) throws IOException {
        out.writeArrayFieldStart("size");
        out.writeNumber(mask.height());
        out.writeNumber(mask.width());
        out.writeEndArray();
        out.writeStringField("counts", mask.rle().toCompressedString());
    }

    static Mask readFields(JsonNode node, String path) {
        JsonNode size = JsonSupport.requireArray(node, "size", path);
        if (size.size() != 2 || !size.get(0).canConvertToInt() || !size.get(1).canConvertToInt()
                || !size.get(0).isIntegralNumber() || !size.get(1).isIntegralNumber()) {
            throw new JsonFieldException(path + ".size", "expected [height, width] as two whole numbers, found "
                    + size);
        }
        int height = size.get(0).asInt();
        int width = size.get(1).asInt();
        JsonNode counts = JsonSupport.require(node, "counts", path);
        String countsPath = path + ".counts";
        if (counts.isTextual()) {
            return JsonSupport.build(countsPath, () -> new Mask(Rle.fromString(counts.asText(), height, width)));
        }
        if (counts.isArray()) {
            int[] runs = new int[counts.size()];
            for (int i = 0; i < runs.length; i++) {
                JsonNode run = counts.get(i);
                if (!run.isIntegralNumber() || !run.canConvertToInt()) {
                    throw new JsonFieldException(countsPath + "[" + i + "]", "expected a whole number, found "
                            + JsonSupport.describe(run));
                }
                runs[i] = run.asInt();
            }
            return JsonSupport.build(countsPath, () -> new Mask(Rle.ofCounts(height, width, runs)));
        }
        throw new JsonFieldException(countsPath, "expected a compressed RLE string or an array of run lengths, found "
                + JsonSupport.describe(counts));
    }
}
