package dev.promptcanvas.inference.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.Arrays;
import java.util.List;

/**
 * A segmentation run as JSON ({@code promptcanvas segment --output OUT.json}): the best mask as COCO RLE
 * {@code {size:[h,w], counts}}, its score, area and bbox, every candidate's score and area, and per-stage timings
 * as medians over the measured runs (after one warm-up).
 */
public final class SegmentationReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SegmentationReport() {
    }

    /** Median per stage over the runs. */
    public static StageTimings medians(List<StageTimings> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no timed run");
        }
        return new StageTimings(median(runs, 0), median(runs, 1), median(runs, 2), median(runs, 3));
    }

    private static double median(List<StageTimings> runs, int stage) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) {
            StageTimings t = runs.get(i);
            v[i] = switch (stage) {
                case 0 -> t.preprocessMs();
                case 1 -> t.encodeMs();
                case 2 -> t.decodeMs();
                default -> t.postprocessMs();
            };
        }
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The JSON text for one result. */
    public static String toJson(String image, String modelId, String device, SegmentationResult result,
                                List<StageTimings> timedRuns) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("image", image);
        root.put("model", modelId);
        root.put("device", device);
        MaskCandidate best = result.best();
        Rle rle = best.mask();
        ObjectNode seg = root.putObject("segmentation");
        seg.putArray("size").add(rle.height()).add(rle.width());
        seg.put("counts", rle.toCompressedString());
        root.put("score", best.score());
        root.put("area", rle.area());
        ArrayNode bbox = root.putArray("bbox");
        for (double d : rle.bboxXywh()) {
            bbox.add(d);
        }
        root.put("candidate", result.bestIndex());
        ArrayNode cands = root.putArray("candidates");
        for (MaskCandidate c : result.candidates()) {
            cands.addObject().put("score", c.score()).put("area", c.mask().area());
        }
        StageTimings med = medians(timedRuns);
        ObjectNode t = root.putObject("timings_ms");
        t.put("preprocess", med.preprocessMs());
        t.put("encode", med.encodeMs());
        t.put("decode", med.decodeMs());
        t.put("postprocess", med.postprocessMs());
        t.put("total", med.totalMs());
        t.put("runs", timedRuns.size());
        t.put("statistic", "median after one warm-up run");
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
