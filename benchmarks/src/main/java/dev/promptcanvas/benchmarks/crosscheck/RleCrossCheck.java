package dev.promptcanvas.benchmarks.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.mask.MaskOps;
import dev.promptcanvas.annotations.mask.PolygonRasterizer;
import dev.promptcanvas.annotations.mask.Rle;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Compares our RLE codec, rasteriser and mask operations with pycocotools' answers written by
 * {@code scripts/crosscheck/rle_crosscheck.py}; prints one line per mismatch and a summary, exits 1 on any mismatch.
 */
public final class RleCrossCheck {

    private final ObjectMapper json = new ObjectMapper();
    private int cases;
    private int comparisons;
    private int mismatches;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RleCrossCheck CASES.jsonl");
            System.exit(2);
        }
        RleCrossCheck check = new RleCrossCheck();
        check.run(Path.of(args[0]));
        System.out.println("rle crosscheck: " + check.cases + " cases, " + check.comparisons + " comparisons, "
                + check.mismatches + " mismatches");
        System.exit(check.mismatches == 0 && check.cases > 0 ? 0 : 1);
    }

    private void run(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode c = json.readTree(line);
                    cases++;
                    try {
                        checkCase(c);
                    } catch (RuntimeException e) {
                        fail(c, "exception", "no exception", e.toString());
                    }
                }
            }
        }
    }

    private void checkCase(JsonNode c) {
        int h = c.get("h").asInt();
        int w = c.get("w").asInt();
        byte[] a = bytes(c, "a");
        byte[] b = bytes(c, "b");
        byte[] third = bytes(c, "c");
        Rle ra = Rle.encodeColumnMajor(a, h, w);
        Rle rb = Rle.encodeColumnMajor(b, h, w);
        Rle rc = Rle.encodeColumnMajor(third, h, w);
        same(c, "encode a", text(c, "a_str"), ra.toCompressedString());
        same(c, "encode b", text(c, "b_str"), rb.toCompressedString());
        same(c, "encode c", text(c, "c_str"), rc.toCompressedString());
        same(c, "counts a", Arrays.toString(ints(c.get("a_counts"))), Arrays.toString(ra.counts()));
        Rle parsed = Rle.fromString(text(c, "a_str"), h, w);
        same(c, "parse a", ra, parsed);
        same(c, "decode a", Arrays.toString(a), Arrays.toString(parsed.toColumnMajor()));
        same(c, "row-major round trip a", ra, Rle.encodeRowMajor(parsed.toRowMajor(), h, w));
        same(c, "area a", c.get("a_area").asLong(), ra.area());
        same(c, "bbox a", Arrays.toString(doubles(c.get("a_bbox"))), Arrays.toString(ra.bboxXywh()));
        same(c, "union", text(c, "union"), MaskOps.union(ra, rb).toCompressedString());
        same(c, "intersection", text(c, "inter"), MaskOps.intersection(ra, rb).toCompressedString());
        same(c, "merge3 union", text(c, "union3"), MaskOps.merge(List.of(ra, rb, rc), false).toCompressedString());
        same(c, "merge3 intersection", text(c, "inter3"),
                MaskOps.merge(List.of(ra, rb, rc), true).toCompressedString());
        same(c, "difference", text(c, "diff"), MaskOps.difference(ra, rb).toCompressedString());
        same(c, "iou", c.get("iou").asDouble(), MaskOps.iou(ra, rb));
        same(c, "iou crowd", c.get("iou_crowd").asDouble(), MaskOps.iou(ra, rb, true));
        same(c, "iou b,a", c.get("iou_ba").asDouble(), MaskOps.iou(rb, ra));
        if (c.has("rings")) {
            checkPolygons(c, h, w);
        }
    }

    private void checkPolygons(JsonNode c, int h, int w) {
        List<double[]> rings = new ArrayList<>();
        for (JsonNode ring : c.get("rings")) {
            rings.add(doubles(ring));
        }
        for (int i = 0; i < rings.size(); i++) {
            same(c, "frPoly ring " + i, c.get("ring_strs").get(i).asText(),
                    PolygonRasterizer.rasterize(rings.get(i), h, w).toCompressedString());
        }
        Rle merged = PolygonRasterizer.rasterize(rings, h, w);
        same(c, "frPoly merged", text(c, "rings_merged"), merged.toCompressedString());
        same(c, "frPoly area", c.get("rings_area").asLong(), merged.area());
        same(c, "frPoly bbox", Arrays.toString(doubles(c.get("rings_bbox"))), Arrays.toString(merged.bboxXywh()));
        double[] box = doubles(c.get("box"));
        same(c, "frBbox", text(c, "box_str"),
                PolygonRasterizer.rasterize(Box.ofXywh(box[0], box[1], box[2], box[3]), h, w).toCompressedString());
    }

    private void same(JsonNode c, String what, Object expected, Object actual) {
        comparisons++;
        if (!Objects.equals(expected, actual)) {
            fail(c, what, String.valueOf(expected), String.valueOf(actual));
        }
    }

    private void fail(JsonNode c, String what, String expected, String actual) {
        mismatches++;
        if (mismatches <= 50) {
            System.out.println("MISMATCH case " + c.get("id") + " [" + c.get("h") + "x" + c.get("w") + "] " + what
                    + ": pycocotools=" + abbreviate(expected) + " ours=" + abbreviate(actual));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static String text(JsonNode c, String field) {
        return c.get(field).asText();
    }

    private static byte[] bytes(JsonNode c, String field) {
        return Base64.getDecoder().decode(c.get(field).asText());
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
