package dev.promptcanvas.inference.encode;

import dev.promptcanvas.annotations.geometry.Box;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ChatRex / RexSeek answers: {@code <ground>phrase</ground><objects><obj10><obj14></objects>}, possibly
 * several, possibly inside running text (grounded captions), possibly ending with chat tokens such as
 * {@code <|im_end|>}. Spaces inside and around tags are tolerated, as is an answer cut off inside
 * {@code <objects>}. Indexes are 0-based into the candidate boxes; those outside the candidate list are reported
 * and left out.
 */
final class GroundAnswerParser {

    private static final Pattern CHAT_TOKENS = Pattern.compile("<\\|(?:im_end|endoftext|im_start)\\|>|</s>");
    private static final Pattern GROUND = Pattern.compile(
            "<\\s*ground\\s*>(.*?)<\\s*/\\s*ground\\s*>\\s*<\\s*objects\\s*>(.*?)(<\\s*/\\s*objects\\s*>|(?=<\\s*ground\\s*>)|$)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJ = Pattern.compile("<\\s*obj\\s*(\\d+)\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<\\s*/?\\s*(?:ground|objects|obj\\s*\\d+)\\s*>",
            Pattern.CASE_INSENSITIVE);

    private GroundAnswerParser() {
    }

    static ParsedAnswer parse(RegionFormat format, String raw, DecodeContext ctx) {
        AnswerBuilder out = new AnswerBuilder(format);
        String text = CHAT_TOKENS.matcher(raw).replaceAll("");
        if (text.length() != raw.length()) {
            out.info("chat-tokens", "chat control tokens (<|im_end|> ...) were ignored");
        }
        StringBuilder clean = new StringBuilder();
        Matcher m = GROUND.matcher(text);
        int last = 0;
        while (m.find()) {
            plain(text.substring(last, m.start()), clean, ctx, out);
            String phrase = m.group(1).strip();
            int start = clean.length();
            clean.append(phrase);
            int end = clean.length();
            last = m.end();
            if (m.group(3) == null || m.group(3).isEmpty()) {
                out.info("objects-unclosed", "<objects> after '" + phrase + "' is not closed (answer truncated?)");
            }
            List<Integer> indexes = indexes(m.group(2), phrase, ctx, out);
            List<Box> boxes = new ArrayList<>();
            for (int i : indexes) {
                if (i < ctx.candidates().size()) {
                    boxes.add(ctx.candidates().get(i));
                }
            }
            out.item(new AnswerItem(phrase, indexes, boxes, List.of(), start, end));
        }
        String tail = text.substring(last);
        if (Pattern.compile("<\\s*ground\\s*>", Pattern.CASE_INSENSITIVE).matcher(tail).find()) {
            out.info("ground-unclosed", "a <ground> without its </ground><objects>..: the answer looks truncated");
        }
        plain(tail, clean, ctx, out);
        out.text(clean.toString().strip().replaceAll("[ \\t]{2,}", " "));
        if (!out.hasItems()) {
            out.warning("no-grounding", "no <ground>..</ground><objects>..</objects> and no <objN> found");
        }
        return out.build();
    }

    /**
     * Text outside ground blocks: stray ground/objects tags dropped, bare {@code <objN>} references (region
     * captions such as "<obj0> shows a brown dog") kept in the text and reported as items without a phrase.
     */
    private static void plain(String segment, StringBuilder clean, DecodeContext ctx, AnswerBuilder out) {
        Matcher o = OBJ.matcher(segment);
        int last = 0;
        while (o.find()) {
            clean.append(stripTags(segment.substring(last, o.start())));
            last = o.end();
            String digits = o.group(1);
            int i = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            String token = "<obj" + digits + ">";
            int start = clean.length();
            clean.append(token);
            if (i == Integer.MAX_VALUE || (ctx.knowsRegionCount() && i >= ctx.regionCount())) {
                out.warning("index-out-of-range", token + " but there are only " + ctx.regionCount()
                        + " candidates; left out");
                continue;
            }
            List<Box> boxes = i < ctx.candidates().size() ? List.of(ctx.candidates().get(i)) : List.of();
            out.item(new AnswerItem("", List.of(i), boxes, List.of(), start, clean.length()));
        }
        clean.append(stripTags(segment.substring(last)));
    }

    private static List<Integer> indexes(String objects, String phrase, DecodeContext ctx, AnswerBuilder out) {
        Set<Integer> seen = new LinkedHashSet<>();
        Matcher o = OBJ.matcher(objects);
        while (o.find()) {
            String digits = o.group(1);
            int i = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (i == Integer.MAX_VALUE || (ctx.knowsRegionCount() && i >= ctx.regionCount())) {
                out.warning("index-out-of-range", "'" + phrase + "': <obj" + digits + "> but there are "
                        + (ctx.knowsRegionCount() ? "only " + ctx.regionCount() + " candidates (0.."
                        + (ctx.regionCount() - 1) + ")" : "never that many candidates") + "; left out");
                continue;
            }
            if (!seen.add(i)) {
                out.info("index-repeated", "'" + phrase + "': <obj" + i + "> repeated; kept once");
            }
        }
        String rest = OBJ.matcher(objects).replaceAll("").strip();
        if (!rest.isEmpty()) {
            out.info("objects-extra-text", "'" + phrase + "': text inside <objects> ignored: " + abbreviate(rest));
        }
        return new ArrayList<>(seen);
    }

    private static String stripTags(String s) {
        return ANY_TAG.matcher(s).replaceAll("");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
