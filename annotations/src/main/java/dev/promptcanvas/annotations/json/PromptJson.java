package dev.promptcanvas.annotations.json;

import static dev.promptcanvas.annotations.json.JsonSupport.build;
import static dev.promptcanvas.annotations.json.JsonSupport.requireBoolean;
import static dev.promptcanvas.annotations.json.JsonSupport.requireNumbers;
import static dev.promptcanvas.annotations.json.JsonSupport.requireObject;
import static dev.promptcanvas.annotations.json.JsonSupport.requireText;
import static dev.promptcanvas.annotations.json.JsonSupport.writeNumbers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.prompt.ArrowPrompt;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.MaskPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import dev.promptcanvas.annotations.prompt.TextPrompt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prompts as stable, explicit JSON, one object per prompt with a {@code type} field:
 * <pre>
 * {"type":"point","xy":[x,y],"positive":true}
 * {"type":"box","xyxy":[x1,y1,x2,y2]}
 * {"type":"scribble","xy":[x1,y1,x2,y2,...],"positive":false}
 * {"type":"arrow","tail":[x,y],"head":[x,y]}
 * {"type":"mask","size":[h,w],"counts":"pycocotools compressed string"}
 * {"type":"text","text":"the man in red"}
 * </pre>
 */
public final class PromptJson {

    static final String ROOT = "prompt";

    private PromptJson() {
    }

    public static String write(Prompt prompt) {
        return JsonSupport.toText(out -> write(out, prompt));
    }

    public static Prompt read(String json) {
        return fromNode(JsonSupport.parse(json, ROOT), ROOT);
    }

    /** A JSON array of prompts, in order. */
    public static String writeList(List<Prompt> prompts) {
        return JsonSupport.toText(out -> writeList(out, prompts));
    }

    public static List<Prompt> readList(String json) {
        return listFromNode(JsonSupport.parse(json, "prompts"), "prompts");
    }

    public static void writeList(JsonGenerator out, List<Prompt> prompts) throws IOException {
        out.writeStartArray();
        for (Prompt p : prompts) {
            write(out, p);
        }
        out.writeEndArray();
    }

    public static List<Prompt> listFromNode(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new JsonFieldException(path, "expected an array of prompts, found " + JsonSupport.describe(node));
        }
        List<Prompt> prompts = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            prompts.add(fromNode(node.get(i), path + "[" + i + "]"));
        }
        return prompts;
    }

    public static void write(JsonGenerator out, Prompt prompt) throws IOException {
        if (prompt == null) {
            throw new IllegalArgumentException("prompt: null cannot be written");
        }
        out.writeStartObject();
        out.writeStringField("type", prompt.kind());
        if (prompt instanceof PointPrompt p) {
            out.writeFieldName("xy");
            writeNumbers(out, p.x(), p.y());
            out.writeBooleanField("positive", p.positive());
        } else if (prompt instanceof BoxPrompt b) {
            out.writeFieldName("xyxy");
            writeNumbers(out, b.box().x1(), b.box().y1(), b.box().x2(), b.box().y2());
        } else if (prompt instanceof ScribblePrompt s) {
            out.writeFieldName("xy");
            writeNumbers(out, s.stroke().coordinates());
            out.writeBooleanField("positive", s.positive());
        } else if (prompt instanceof ArrowPrompt a) {
            out.writeFieldName("tail");
            writeNumbers(out, a.arrow().tail().x(), a.arrow().tail().y());
            out.writeFieldName("head");
            writeNumbers(out, a.arrow().head().x(), a.arrow().head().y());
        } else if (prompt instanceof MaskPrompt m) {
            MaskJson.writeFields(out, m.mask());
        } else if (prompt instanceof TextPrompt t) {
            out.writeStringField("text", t.text());
        } else {
            throw new IllegalArgumentException("prompt: unknown kind " + prompt.getClass().getName());
        }
        out.writeEndObject();
    }

    public static Prompt fromNode(JsonNode node, String path) {
        requireObject(node, path);
        String type = requireText(node, "type", path);
        switch (type) {
            case "point": {
                double[] xy = requireNumbers(node, "xy", path, 2);
                boolean positive = requireBoolean(node, "positive", path);
                return build(path, () -> new PointPrompt(xy[0], xy[1], positive));
            }
            case "box": {
                double[] c = requireNumbers(node, "xyxy", path, 4);
                return build(path, () -> new BoxPrompt(new Box(c[0], c[1], c[2], c[3])));
            }
            case "scribble": {
                double[] xy = requireNumbers(node, "xy", path, -1);
                boolean positive = requireBoolean(node, "positive", path);
                return build(path + ".xy", () -> new ScribblePrompt(Polyline.of(xy), positive));
            }
            case "arrow": {
                double[] tail = requireNumbers(node, "tail", path, 2);
                double[] head = requireNumbers(node, "head", path, 2);
                return build(path, () -> new ArrowPrompt(new Arrow(new Point(tail[0], tail[1]),
                        new Point(head[0], head[1]))));
            }
            case "mask":
                return new MaskPrompt(MaskJson.readFields(node, path));
            case "text":
                return new TextPrompt(requireText(node, "text", path));
            default:
                throw new JsonFieldException(path + ".type", "unknown prompt type '" + type
                        + "' (expected point, box, scribble, arrow, mask or text)");
        }
    }
}
