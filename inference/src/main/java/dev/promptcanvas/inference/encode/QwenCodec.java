package dev.promptcanvas.inference.encode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Qwen2.5-VL grounding: boxes as {@code ```json [{"bbox_2d": [x1, y1, x2, y2], "label": "..."}]```} and points as
 * {@code <points x1="..." y1="..." alt="...">phrase</points>} (also {@code <point x=".." y="..">}), in pixels of the
 * smart-resized model input; mapped back by W / input_w and H / input_h, as the Qwen cookbook plots them.
 */
final class QwenCodec implements RegionCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern POINTS = Pattern.compile(
            "<\\s*(points?)\\b([^>]*)>(.*?)(?:<\\s*/\\s*points?\\s*>|(?=<\\s*points?\\b)|$)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_]+)(\\d*)\\s*=\\s*[\"']?\\s*([-+]?\\d*\\.?\\d+)");
    private static final Pattern ALT = Pattern.compile("alt\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);

    private final QwenSmartResize resize;

    QwenCodec(QwenSmartResize resize) {
        this.resize = resize;
    }

    @Override
    public EncodedPrompt encode(EncodeRequest r) {
        if (r.boxes().isEmpty() && r.points().isEmpty()) {
            throw new IllegalArgumentException("qwen: at least one --box or --point is required");
        }
        ImageSize input = resize.inputSize(r.imageSize());
        double sx = input.width() / (double) r.imageSize().width();
        double sy = input.height() / (double) r.imageSize().height();
        ArrayNode list = MAPPER.createArrayNode();
        for (int i = 0; i < r.boxes().size(); i++) {
            Box b = r.boxes().get(i);
            ObjectNode o = list.addObject();
            o.putArray("bbox_2d").add(Math.round(b.x1() * sx)).add(Math.round(b.y1() * sy))
                    .add(Math.round(b.x2() * sx)).add(Math.round(b.y2() * sy));
            if (r.label(i) != null) {
                o.put("label", r.label(i));
            }
        }
        for (int i = 0; i < r.points().size(); i++) {
            Point p = r.points().get(i);
            ObjectNode o = list.addObject();
            o.putArray("point_2d").add(Math.round(p.x() * sx)).add(Math.round(p.y() * sy));
            String label = r.label(r.boxes().size() + i);
            if (label != null) {
                o.put("label", label);
            }
        }
        StringBuilder sb = new StringBuilder("```json\n[\n");
        for (int i = 0; i < list.size(); i++) {
            sb.append('\t').append(list.get(i).toString().replace(",", ", ").replace(":", ": "))
                    .append(i + 1 < list.size() ? ",\n" : "\n");
        }
        sb.append("]\n```");
        return new EncodedPrompt(RegionFormat.QWEN, sb.toString(), List.of(Diagnostic.info("input-size",
                "coordinates are pixels of the " + input + " model input (smart resize of " + r.imageSize() + ")")));
    }

    @Override
    public ParsedAnswer decode(String answer, DecodeContext context) {
        return AnswerBuilder.total(RegionFormat.QWEN, answer, a -> parse(a, context));
    }

    private ParsedAnswer parse(String answer, DecodeContext ctx) {
        AnswerBuilder out = new AnswerBuilder(RegionFormat.QWEN);
        double sx = 1;
        double sy = 1;
        double maxX = Double.MAX_VALUE;
        double maxY = Double.MAX_VALUE;
        if (ctx.imageSize() != null) {
            maxX = ctx.imageSize().width();
            maxY = ctx.imageSize().height();
            try {
                ImageSize input = resize.inputSize(ctx.imageSize());
                sx = ctx.imageSize().width() / (double) input.width();
                sy = ctx.imageSize().height() / (double) input.height();
            } catch (IllegalArgumentException e) {
                out.warning("resize-impossible", e.getMessage() + "; coordinates kept as written");
            }
        } else {
            out.info("no-image-size", "no image size given: coordinates are those of the model input");
        }
        String rest = answer;
        LenientJson.Found json = answer.indexOf('[') >= 0 || answer.indexOf('{') >= 0
                ? LenientJson.find(answer, out) : null;
        if (json != null) {
            rest = json.outside();
            for (JsonRegions.Raw raw : JsonRegions.extract(json.json(), out)) {
                List<Box> boxes = new ArrayList<>();
                List<Point> points = new ArrayList<>();
                if (raw.box() != null) {
                    double[] b = raw.box();
                    Box box = out.box(b[0] * sx, b[1] * sy, b[2] * sx, b[3] * sy, maxX, maxY, raw.where());
                    if (box != null) {
                        boxes.add(box);
                    }
                }
                if (raw.point() != null) {
                    Point p = out.point(raw.point()[0] * sx, raw.point()[1] * sy, maxX, maxY, raw.where());
                    if (p != null) {
                        points.add(p);
                    }
                }
                if (!boxes.isEmpty() || !points.isEmpty()) {
                    out.item(new AnswerItem(raw.label(), List.of(), boxes, points, -1, -1));
                }
            }
        }
        StringBuilder clean = new StringBuilder();
        Matcher m = POINTS.matcher(rest);
        int last = 0;
        while (m.find()) {
            clean.append(rest, last, m.start());
            last = m.end();
            String phrase = m.group(3).strip();
            Matcher alt = ALT.matcher(m.group(2));
            if (phrase.isEmpty() && alt.find()) {
                phrase = alt.group(1).strip();
            }
            List<Point> points = points(m.group(2), sx, sy, maxX, maxY, out);
            int start = clean.length();
            clean.append(phrase);
            if (!points.isEmpty()) {
                out.item(new AnswerItem(phrase, List.of(), List.of(), points, start, clean.length()));
            }
        }
        clean.append(rest.substring(last));
        out.text(clean.toString().strip());
        if (!out.hasItems()) {
            out.warning("no-grounding", "no bbox_2d / point_2d JSON and no <points> found");
        }
        return out.build();
    }

    /** x1/y1, x2/y2, ... (or x/y) attribute pairs, scaled and clipped. */
    private static List<Point> points(String attrs, double sx, double sy, double maxX, double maxY, AnswerBuilder out) {
        java.util.Map<String, Double> xs = new java.util.TreeMap<>();
        java.util.Map<String, Double> ys = new java.util.TreeMap<>();
        Matcher a = ATTR.matcher(attrs);
        while (a.find()) {
            String name = a.group(1).toLowerCase(java.util.Locale.ROOT);
            double v;
            try {
                v = Double.parseDouble(a.group(3));
            } catch (NumberFormatException e) {
                continue;
            }
            String key = a.group(2).isEmpty() ? "1" : a.group(2);
            if (name.equals("x")) {
                xs.put(pad(key), v);
            } else if (name.equals("y")) {
                ys.put(pad(key), v);
            }
        }
        List<Point> points = new ArrayList<>();
        for (String k : xs.keySet()) {
            if (!ys.containsKey(k)) {
                out.warning("point-incomplete", "x" + Integer.parseInt(k) + " has no matching y; dropped");
                continue;
            }
            Point p = out.point(xs.get(k) * sx, ys.get(k) * sy, maxX, maxY, "point " + Integer.parseInt(k));
            if (p != null) {
                points.add(p);
            }
        }
        if (points.isEmpty()) {
            out.warning("points-empty", "a <points> tag without usable x/y attributes");
        }
        return points;
    }

    private static String pad(String digits) {
        String d = digits.length() > 9 ? digits.substring(0, 9) : digits;
        return String.format("%09d", Long.parseLong(d));
    }
}
