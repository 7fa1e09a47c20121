package dev.promptcanvas.inference.encode;

import dev.promptcanvas.annotations.geometry.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KOSMOS-2 grounding markup. Encoding writes {@code <grounding>} then, per box (consecutive boxes with the same
 * label share one {@code <object>}, separated by {@code </delimiter_of_multi_objects/>}),
 * {@code <phrase>label</phrase><object><patch_index_UL><patch_index_LR></object>}. Decoding follows HF's
 * {@code clean_text_and_extract_entities_with_bboxes} (tags removed, entity spans in the cleaned text, spaces
 * trimmed) and tolerates spaces inside tags, a missing {@code </object>}, odd or out-of-range patch tokens.
 */
final class Kosmos2Codec implements RegionCodec {

    private static final String DELIM = "</delimiter_of_multi_objects/>";
    private static final Pattern LOOSE_TAG = Pattern.compile(
            "<\\s*(/?)\\s*(phrase|object|grounding|delimiter_of_multi_objects\\s*/|patch_index_\\s*(\\d+))\\s*>");
    private static final Pattern ENTITY = Pattern.compile(
            "(?:<phrase>([^<]*)</phrase>)?\\s*<object>((?:\\s*(?:<patch_index_\\d+>|</delimiter_of_multi_objects/>))*)"
                    + "\\s*(</object>)?");
    private static final Pattern PATCH = Pattern.compile("<patch_index_(\\d+)>");
    private static final Pattern LONE_PHRASE = Pattern.compile("<phrase>[^<]*</phrase>(?!\\s*<object>)");

    @Override
    public EncodedPrompt encode(EncodeRequest r) {
        if (r.boxes().isEmpty()) {
            throw new IllegalArgumentException("kosmos2: at least one --box is required");
        }
        StringBuilder sb = new StringBuilder("<grounding>");
        if (r.query() != null && !r.query().isBlank()) {
            sb.append(' ').append(r.query().trim());
        }
        int i = 0;
        while (i < r.boxes().size()) {
            String label = r.label(i);
            int j = i + 1;
            while (j < r.boxes().size() && label != null && label.equals(r.label(j))) {
                j++;
            }
            if (label != null) {
                sb.append("<phrase> ").append(label.trim()).append("</phrase>");
            }
            sb.append("<object>");
            for (int k = i; k < j; k++) {
                if (k > i) {
                    sb.append(DELIM);
                }
                Box b = r.boxes().get(k);
                double w = r.imageSize().width();
                double h = r.imageSize().height();
                int[] idx = Kosmos2Patches.toIndices(b.x1() / w, b.y1() / h, b.x2() / w, b.y2() / h);
                sb.append(Kosmos2Patches.token(idx[0])).append(Kosmos2Patches.token(idx[1]));
            }
            sb.append("</object>");
            i = j;
        }
        return new EncodedPrompt(RegionFormat.KOSMOS2, sb.toString(), List.of());
    }

    @Override
    public ParsedAnswer decode(String answer, DecodeContext context) {
        return AnswerBuilder.total(RegionFormat.KOSMOS2, answer, a -> parse(a, context));
    }

    private ParsedAnswer parse(String raw, DecodeContext ctx) {
        AnswerBuilder out = new AnswerBuilder(RegionFormat.KOSMOS2);
        String text = canonicalTags(raw, out);
        List<Object[]> entities = new ArrayList<>();
        Matcher m = ENTITY.matcher(text);
        int searchFrom = 0;
        while (m.find(searchFrom)) {
            searchFrom = Math.max(m.end(), m.start() + 1);
            String phrase = m.group(1);
            int start = phrase != null ? m.start(1) : m.start();
            int end = phrase != null ? m.end(1) : m.start();
            if (m.group(3) == null) {
                out.info("object-unclosed", "an <object> at character " + m.start(2) + " has no </object>"
                        + " (answer truncated?); its patch tokens were read anyway");
            }
            List<double[]> boxes = new ArrayList<>();
            for (String pair : m.group(2).split(Pattern.quote(DELIM), -1)) {
                List<Integer> idx = new ArrayList<>();
                Matcher p = PATCH.matcher(pair);
                while (p.find()) {
                    idx.add(parseIndex(p.group(1)));
                }
                if (idx.isEmpty()) {
                    continue;
                }
                if (idx.size() != 2) {
                    out.warning("patch-count", "expected 2 patch tokens per box, found " + idx.size()
                            + (idx.size() > 2 ? "; the first two were used" : "; box dropped"));
                    if (idx.size() < 2) {
                        continue;
                    }
                }
                int ul = idx.get(0);
                int lr = idx.get(1);
                int max = Kosmos2Patches.P * Kosmos2Patches.P - 1;
                if (ul < 0 || lr < 0 || ul > max || lr > max) {
                    out.warning("patch-out-of-range", "patch index " + (ul > max || ul < 0 ? ul : lr)
                            + " is outside 0.." + max + "; box dropped");
                    continue;
                }
                boxes.add(Kosmos2Patches.toBox(ul, lr));
            }
            if (boxes.isEmpty()) {
                out.warning("object-empty", "an <object> at character " + m.start() + " holds no usable box");
                continue;
            }
            entities.add(new Object[] {phrase, start, end, boxes});
        }
        if (LONE_PHRASE.matcher(text).find()) {
            out.info("phrase-without-object", "a <phrase> is not followed by an <object>; it was kept as text");
        }
        String stripped = text.replaceAll("<[^>]*>", "");
        int leading = stripped.length() - stripped.stripLeading().length();
        out.text(stripped.strip());
        for (Object[] e : entities) {
            String phrase = (String) e[0];
            int s = text.substring(0, (Integer) e[1]).replaceAll("<[^>]*>", "").length() - leading;
            int en = text.substring(0, (Integer) e[2]).replaceAll("<[^>]*>", "").length() - leading;
            String name = phrase == null ? "" : phrase;
            s += name.length() - name.stripLeading().length();
            en -= name.length() - name.stripTrailing().length();
            List<Box> boxes = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<double[]> norm = (List<double[]>) e[3];
            for (double[] b : norm) {
                Box box = toImage(b, ctx, out, name.strip());
                if (box != null) {
                    boxes.add(box);
                }
            }
            out.item(new AnswerItem(name.strip(), List.of(), boxes, List.of(), phrase == null ? -1 : s,
                    phrase == null ? -1 : en));
        }
        if (!out.hasItems()) {
            out.warning("no-grounding", "no <object><patch_index_..><patch_index_..></object> found");
        }
        if (ctx.imageSize() == null && out.hasItems()) {
            out.info("normalised", "no image size given: boxes are normalised to [0, 1]");
        }
        return out.build();
    }

    private static Box toImage(double[] b, DecodeContext ctx, AnswerBuilder out, String phrase) {
        double w = ctx.imageSize() == null ? 1 : ctx.imageSize().width();
        double h = ctx.imageSize() == null ? 1 : ctx.imageSize().height();
        return out.box(b[0] * w, b[1] * h, b[2] * w, b[3] * h, w, h, "box of '" + phrase + "'");
    }

    private static int parseIndex(String digits) {
        try {
            return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Rewrites tags written with stray spaces ({@code < phrase >}, {@code </ object>}) to their exact form. */
    private static String canonicalTags(String raw, AnswerBuilder out) {
        Matcher m = LOOSE_TAG.matcher(raw);
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String name = m.group(2).replaceAll("\\s", "");
            String canon;
            if (name.startsWith("patch_index_")) {
                canon = "<patch_index_" + m.group(3) + ">";
            } else if (name.startsWith("delimiter")) {
                canon = DELIM;
            } else {
                canon = "<" + m.group(1) + name + ">";
            }
            changed |= !canon.equals(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(canon));
        }
        m.appendTail(sb);
        if (changed) {
            out.info("tag-spaces", "tags with spaces inside were read as the exact tags");
        }
        return sb.toString();
    }
}
