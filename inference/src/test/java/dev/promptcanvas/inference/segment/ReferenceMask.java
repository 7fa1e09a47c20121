package dev.promptcanvas.inference.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.mask.Rle;
import java.io.IOException;
import java.io.InputStream;

/** A committed reference mask (scripts/fixtures/make_reference_masks.py): image, box, COCO RLE. */
record ReferenceMask(String image, Box box, Rle mask) {

    static ReferenceMask load(String name) throws IOException {
        try (InputStream in = ReferenceMask.class.getResourceAsStream("/segment/reference/" + name + ".json")) {
            JsonNode n = new ObjectMapper().readTree(in);
            JsonNode b = n.get("box");
            JsonNode size = n.get("mask").get("size");
            return new ReferenceMask(n.get("image").asText(),
                    new Box(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble()),
                    Rle.fromString(n.get("mask").get("counts").asText(), size.get(0).asInt(), size.get(1).asInt()));
        }
    }

    /** Intersection over union with another mask of the same size. */
    double iou(Rle other) {
        byte[] a = mask.toColumnMajor();
        byte[] b = other.toColumnMajor();
        long inter = 0;
        long union = 0;
        for (int i = 0; i < a.length; i++) {
            boolean x = a[i] != 0;
            boolean y = b[i] != 0;
            inter += x && y ? 1 : 0;
            union += x || y ? 1 : 0;
        }
        return union == 0 ? 0 : (double) inter / union;
    }
}
