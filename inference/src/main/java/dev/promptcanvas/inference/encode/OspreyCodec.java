package dev.promptcanvas.inference.encode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Osprey region prompts ({@code osprey/datasets/osprey_724k.py}): the first human turn lists the regions as
 * {@code region1<mask><pos>,region2<mask><pos>} inside Osprey's sentence (kept verbatim, typo included, as the
 * model was trained on it); each {@code <mask><pos>} pair receives that region's mask features. Answers refer to
 * regions as {@code region2} or {@code <region2>} (1-based).
 */
final class OspreyCodec implements RegionCodec {

    static final String BEGIN = "<image>\nThis provides an overview of the picture.\n";
    private static final Pattern REFERENCE = Pattern.compile("<\\s*region\\s*(\\d+)\\s*>|\\bregion\\s*(\\d+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKUP = Pattern.compile("<\\s*(?:mask|pos)\\s*>|</s>|<\\|im_end\\|>",
            Pattern.CASE_INSENSITIVE);

    @Override
    public EncodedPrompt encode(EncodeRequest r) {
        int n = r.boxes().size() + r.points().size();
        if (n == 0) {
            throw new IllegalArgumentException("osprey: at least one region (--box) is required");
        }
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i > 1) {
                list.append(',');
            }
            list.append("region").append(i).append("<mask><pos>");
        }
        String mid = n == 1 ? "Ther are 1 part region in the picture: " : "Ther are " + n + " part regions in the picture: ";
        String text = BEGIN + mid + list + ". " + (r.query() == null ? "" : r.query().trim());
        return new EncodedPrompt(RegionFormat.OSPREY, text.stripTrailing(), List.of());
    }

    /** The region list alone: {@code region1<mask><pos>,region2<mask><pos>}. */
    static String regionList(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(i > 1 ? "," : "").append("region").append(i).append("<mask><pos>");
        }
        return sb.toString();
    }

    @Override
    public ParsedAnswer decode(String answer, DecodeContext context) {
        return AnswerBuilder.total(RegionFormat.OSPREY, answer, a -> RegionReferences.parse(RegionFormat.OSPREY,
                normalise(a), context, Pattern.compile("region(\\d+)"), MARKUP, "regionN"));
    }

    /** Rewrites every spelling ({@code <region 2>}, {@code Region2}) as {@code region2}. */
    private static String normalise(String a) {
        return REFERENCE.matcher(a).replaceAll(m -> "region" + (m.group(1) != null ? m.group(1) : m.group(2)));
    }
}
