package dev.promptcanvas.inference.encode;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boxes normalised to 0..1000 of the image side (Qwen2-VL, Qwen3-VL, InternVL and others): written as
 * {@code [x1, y1, x2, y2]}, one per line ({@code label: [..]} with a label), rounded to integers. Read from JSON
 * ({@code bbox_2d}/{@code point_2d}) when the answer has it, else from {@code <|box_start|>(x1,y1),(x2,y2)<|box_end|>},
 * {@code (x1,y1),(x2,y2)} and {@code [x1, y1, x2, y2]}, labelled by a preceding {@code <|object_ref_start|>..}
 * or {@code <ref>..</ref>}. Values beyond 0..1000 are clipped and reported.
 */
final class Norm1000Codec implements RegionCodec {

    static final double SCALE = 1000.0;
    private static final String NUM = "([-+]?\\d*\\.?\\d+)";
    private static final Pattern PAIRS = Pattern.compile("\\(\\s*" + NUM + "\\s*,\\s*" + NUM + "\\s*\\)\\s*,?\\s*\\(\\s*"
            + NUM + "\\s*,\\s*" + NUM + "\\s*\\)");
    private static final Pattern LIST = Pattern.compile("\\[\\s*" + NUM + "\\s*,\\s*" + NUM + "\\s*,\\s*" + NUM
            + "\\s*,\\s*" + NUM + "\\s*\\]");
    private static final Pattern REF = Pattern.compile(
            "(?:<\\|object_ref_start\\|>(.*?)<\\|object_ref_end\\|>|<ref>(.*?)</ref>)\\s*$", Pattern.DOTALL);
    private static final Pattern MARKUP = Pattern.compile(
            "<\\|(?:box_start|box_end|object_ref_start|object_ref_end|im_end|endoftext)\\|>|</?(?:ref|box)>");

    @Override
    public EncodedPrompt encode(EncodeRequest r) {
        if (r.boxes().isEmpty()) {
            throw new IllegalArgumentException("norm1000: at least one --box is required");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.boxes().size(); i++) {
            Box b = r.boxes().get(i);
            double w = r.imageSize().width();
            double h = r.imageSize().height();
            if (i > 0) {
                sb.append('\n');
            }
            if (r.label(i) != null) {
                sb.append(r.label(i).trim()).append(": ");
            }
            sb.append('[').append(norm(b.x1(), w)).append(", ").append(norm(b.y1(), h)).append(", ")
                    .append(norm(b.x2(), w)).append(", ").append(norm(b.y2(), h)).append(']');
        }
        return new EncodedPrompt(RegionFormat.NORM1000, sb.toString(), List.of());
    }

    private static long norm(double v, double side) {
        return Math.max(0, Math.min(1000, Math.round(v / side * SCALE)));
    }

    @Override
    public ParsedAnswer decode(String answer, DecodeContext context) {
        return AnswerBuilder.total(RegionFormat.NORM1000, answer, a -> parse(a, context));
    }

    private ParsedAnswer parse(String answer, DecodeContext ctx) {
        AnswerBuilder out = new AnswerBuilder(RegionFormat.NORM1000);
        double w = ctx.imageSize() == null ? SCALE : ctx.imageSize().width();
        double h = ctx.imageSize() == null ? SCALE : ctx.imageSize().height();
        if (ctx.imageSize() == null) {
            out.info("no-image-size", "no image size given: coordinates stay on the 0..1000 scale");
        }
        if (answer.contains("bbox_2d") || answer.contains("point_2d")) {
            LenientJson.Found json = LenientJson.find(answer, out);
            if (json != null) {
                for (JsonRegions.Raw raw : JsonRegions.extract(json.json(), out)) {
                    List<Box> boxes = new ArrayList<>();
                    List<Point> points = new ArrayList<>();
                    if (raw.box() != null) {
                        addBox(raw.box(), w, h, raw.where(), boxes, out);
                    }
                    if (raw.point() != null) {
                        double[] p = clip(raw.point(), raw.where(), out);
                        points.add(new Point(p[0] / SCALE * w, p[1] / SCALE * h));
                    }
                    if (!boxes.isEmpty() || !points.isEmpty()) {
                        out.item(new AnswerItem(raw.label(), List.of(), boxes, points, -1, -1));
                    }
                }
                out.text(json.outside());
                if (out.hasItems()) {
                    return out.build();
                }
            }
        }
        StringBuilder clean = new StringBuilder();
        int last = 0;
        for (Matcher m = next(answer, 0); m != null; m = next(answer, last)) {
            String before = answer.substring(last, m.start());
            Matcher ref = REF.matcher(before.replaceAll("(?:<\\|box_start\\|>|<box>\\s*\\[?)\\s*$", ""));
            String label = "";
            if (ref.find()) {
                label = (ref.group(1) != null ? ref.group(1) : ref.group(2)).strip();
            }
            clean.append(MARKUP.matcher(before).replaceAll(""));
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(m.group(i + 1));
            }
            List<Box> boxes = new ArrayList<>();
            addBox(v, w, h, "box at character " + m.start(), boxes, out);
            if (!boxes.isEmpty()) {
                int start = label.isEmpty() ? -1 : clean.lastIndexOf(label);
                out.item(new AnswerItem(label, List.of(), boxes, List.of(), start, start < 0 ? -1 : start + label.length()));
            }
            last = m.end();
        }
        clean.append(MARKUP.matcher(answer.substring(last)).replaceAll(""));
        out.text(clean.toString().strip());
        if (!out.hasItems()) {
            out.warning("no-grounding", "no box found ([x1, y1, x2, y2], (x1,y1),(x2,y2) or bbox_2d JSON)");
        }
        return out.build();
    }

    /** The next box written as two pairs or as a list of four, whichever comes first. */
    private static Matcher next(String s, int from) {
        Matcher a = PAIRS.matcher(s);
        Matcher b = LIST.matcher(s);
        boolean fa = a.find(from);
        boolean fb = b.find(from);
        if (fa && (!fb || a.start() <= b.start())) {
            return a;
        }
        return fb ? b : null;
    }

    private static void addBox(double[] v, double w, double h, String where, List<Box> boxes, AnswerBuilder out) {
        double[] c = clip(v, where, out);
        Box b = out.box(c[0] / SCALE * w, c[1] / SCALE * h, c[2] / SCALE * w, c[3] / SCALE * h, w, h, where);
        if (b != null) {
            boxes.add(b);
        }
    }

    private static double[] clip(double[] v, String where, AnswerBuilder out) {
        double[] c = v.clone();
        boolean clipped = false;
        for (int i = 0; i < c.length; i++) {
            double k = Math.max(0, Math.min(SCALE, c[i]));
            clipped |= k != c[i];
            c[i] = k;
        }
        if (clipped) {
            out.warning("value-out-of-range", where + ": values outside 0..1000 clipped");
        }
        return c;
    }
}
