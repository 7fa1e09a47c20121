package dev.promptcanvas.annotations.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A {@link HumanRefReport} as JSON: rows carry RexSeek's {@code format_row_data} keys with full-precision
 * values plus {@code count}; {@code rejection} has RexSeek's count as {@code score}.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode toJson(HumanRefReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "humanref");
        root.put("mode", report.mode().id());
        if (report.mode() == EvalMode.BOX) {
            ArrayNode t = root.putArray("iou_thresholds");
            for (double v : IouThresholds.values()) {
                t.add(v);
            }
        }
        root.set("average", row(null, null, report.average()));
        ArrayNode domains = root.putArray("domains");
        report.domains().forEach(r -> domains.add(row("domain", r.name(), r)));
        ArrayNode subs = root.putArray("subdomains");
        for (MetricsRow r : report.subDomains()) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("subdomain", r.name());
            o.put("domain", r.domain());
            o.setAll(row(null, null, r));
            subs.add(o);
        }
        ArrayNode buckets = root.putArray("box_counts");
        report.boxCounts().forEach(r -> buckets.add(row("box_count", r.name(), r)));
        root.set("box_count_average", row(null, null, report.boxCountAverage()));
        ObjectNode rejection = root.putObject("rejection");
        rejection.put("score", report.rejection().correct());
        rejection.put("total", report.rejection().total());
        rejection.put("accuracy", report.rejection().accuracy());
        root.set("inputs", inputs(report.inputs()));
        return root;
    }

    /** The report as indented JSON text. */
    public static String toText(HumanRefReport report) {
        try {
            return MAPPER.writeValueAsString(toJson(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }

    private static ObjectNode row(String nameKey, String name, MetricsRow r) {
        if (r == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        if (nameKey != null) {
            o.put(nameKey, name);
        }
        for (Map.Entry<String, Double> e : r.values().entrySet()) {
            o.put(e.getKey(), e.getValue());
        }
        o.put("count", r.count());
        return o;
    }

    private static ObjectNode inputs(InputSummary s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("gt_items", s.gtItems());
        o.put("prediction_lines", s.predictionLines());
        o.put("evaluated_items", s.evaluatedItems());
        o.put("missing_predictions", s.missingPredictions());
        strings(o.putArray("missing_prediction_ids"), s.missingSample());
        o.put("unknown_predictions", s.unknownPredictions());
        strings(o.putArray("unknown_prediction_ids"), s.unknownSample());
        o.put("repeated_prediction_ids", s.repeatedPredictions());
        o.put("mode_decided_by_line", s.modeLine());
        return o;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
