package dev.promptcanvas.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.json.PromptJson;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.vlm.task.GroundedCaptionResult;
import dev.promptcanvas.inference.vlm.task.GroundingResult;
import dev.promptcanvas.inference.vlm.task.PhraseSuggestion;
import dev.promptcanvas.inference.vlm.task.ReasoningResult;
import dev.promptcanvas.inference.vlm.task.RegionCaptionResult;
import dev.promptcanvas.inference.vlm.task.TaskTimings;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** {@code promptcanvas ask}'s JSON: {task, model, prompt, raw, parsed, diagnostics, timings}. */
final class AskOutput {

    private final ObjectMapper mapper;

    AskOutput(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private ObjectNode head(String task, String model, String prompt, String raw) {
        ObjectNode root = mapper.createObjectNode();
        root.put("task", task);
        root.put("model", model);
        root.put("prompt", prompt);
        root.put("raw", raw);
        return root;
    }

    ObjectNode caption(RegionCaptionResult r, String model) {
        ObjectNode root = head("caption", model, r.promptText(), r.rawAnswer());
        ObjectNode p = root.putObject("parsed");
        p.put("style", r.style().id());
        p.put("caption", r.caption());
        p.put("source", r.source().toText());
        p.put("image_sha256", r.imageSha256());
        return finish(root, r.diagnostics(), r.timings());
    }

    ObjectNode ground(GroundingResult r, String model) {
        ObjectNode root = head("ground", model, r.promptText(), r.rawAnswer());
        ObjectNode p = root.putObject("parsed");
        ArrayNode idx = p.putArray("indexes");
        r.indexes().forEach(idx::add);
        ArrayNode ids = p.putArray("target_ids");
        r.targetIds().forEach(ids::add);
        p.put("no_target", r.noTarget());
        if (r.expression() != null) {
            p.putObject("expression").put("text", r.expression().text());
        } else {
            p.putNull("expression");
        }
        p.put("source", r.source().toText());
        return finish(root, r.diagnostics(), r.timings());
    }

    ObjectNode reason(ReasoningResult r, String model) throws IOException {
        ObjectNode root = head("reason", model, r.promptText(), r.rawAnswer());
        ObjectNode p = root.putObject("parsed");
        p.put("thinking", r.thinking());
        if (r.box() != null) {
            box(p.putArray("box"), r.box());
        } else {
            p.putNull("box");
        }
        ArrayNode pts = p.putArray("points");
        for (Point pt : r.points()) {
            pts.addArray().add(round(pt.x())).add(round(pt.y()));
        }
        p.set("prompts", mapper.readTree(PromptJson.writeList(r.prompts())));
        if (r.mask() != null) {
            ObjectNode m = p.putObject("mask");
            m.putArray("size").add(r.mask().rle().height()).add(r.mask().rle().width());
            m.put("counts", r.mask().rle().toCompressedString());
            m.put("area", r.mask().rle().area());
            m.put("score", r.score());
            m.put("segmenter", r.promptRecord().modelId());
        } else {
            p.putNull("mask");
        }
        p.put("source", r.source().toText());
        return finish(root, r.diagnostics(), r.timings());
    }

    ObjectNode gcap(GroundedCaptionResult r, String model) {
        ObjectNode root = head("gcap", model, r.promptText(), r.rawAnswer());
        ObjectNode p = root.putObject("parsed");
        p.put("dialect", r.dialect().name().toLowerCase(Locale.ROOT));
        p.put("caption", r.caption() == null ? null : r.caption().text());
        ArrayNode phrases = p.putArray("phrases");
        for (PhraseSuggestion s : r.phrases()) {
            ObjectNode n = phrases.addObject();
            n.put("phrase", s.phrase());
            if (s.inCaption()) {
                n.putArray("span").add(s.start()).add(s.end());
            } else {
                n.putNull("span");
            }
            ArrayNode boxes = n.putArray("boxes");
            s.boxes().forEach(b -> box(boxes.addArray(), b));
        }
        p.put("source", r.source().toText());
        return finish(root, r.diagnostics(), r.timings());
    }

    private ObjectNode finish(ObjectNode root, List<Diagnostic> diagnostics, TaskTimings t) {
        ArrayNode d = root.putArray("diagnostics");
        for (Diagnostic x : diagnostics) {
            d.addObject().put("level", x.level().name().toLowerCase(Locale.ROOT)).put("code", x.code())
                    .put("message", x.message());
        }
        root.putObject("timings").put("render_ms", t.renderMs()).put("request_ms", t.requestMs())
                .put("parse_ms", t.parseMs()).put("segment_ms", t.segmentMs()).put("total_ms", t.totalMs());
        return root;
    }

    private static void box(ArrayNode a, Box b) {
        a.add(round(b.x1())).add(round(b.y1())).add(round(b.x2())).add(round(b.y2()));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
