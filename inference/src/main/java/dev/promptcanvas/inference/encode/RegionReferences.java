package dev.promptcanvas.inference.encode;

import dev.promptcanvas.annotations.geometry.Box;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 1-based region references out of an answer (Osprey's {@code region2} / {@code <region2>}, MDVP's
 * {@code <Region 2>}): one item per region, in order of first mention, with that mention's span in the cleaned
 * text; numbers outside 1..N are reported and left out.
 */
final class RegionReferences {

    private RegionReferences() {
    }

    static ParsedAnswer parse(RegionFormat format, String answer, DecodeContext ctx, Pattern reference,
                              Pattern markup, String example) {
        AnswerBuilder out = new AnswerBuilder(format);
        String text = markup.matcher(answer).replaceAll("");
        StringBuilder clean = new StringBuilder();
        Map<Integer, int[]> firstSpan = new LinkedHashMap<>();
        Matcher m = reference.matcher(text);
        int last = 0;
        while (m.find()) {
            clean.append(text, last, m.start());
            String digits = m.group(1);
            long n = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
            String written = example.replace("N", digits);
            int start = clean.length();
            clean.append(written);
            last = m.end();
            if (n > Integer.MAX_VALUE) {
                out.warning("index-out-of-range", written + ": implausibly large region number; left out");
                continue;
            }
            if (n < 1) {
                out.warning("index-out-of-range", written + ": regions are numbered from 1; left out");
                continue;
            }
            if (ctx.knowsRegionCount() && n > ctx.regionCount()) {
                out.warning("index-out-of-range", written + ": there are only " + ctx.regionCount()
                        + " regions; left out");
                continue;
            }
            firstSpan.putIfAbsent((int) (n - 1), new int[] {start, clean.length()});
        }
        clean.append(text.substring(last));
        out.text(clean.toString().strip());
        int shift = clean.length() - clean.toString().stripLeading().length();
        for (Map.Entry<Integer, int[]> e : firstSpan.entrySet()) {
            int i = e.getKey();
            List<Box> boxes = new ArrayList<>();
            if (i < ctx.candidates().size()) {
                boxes.add(ctx.candidates().get(i));
            }
            int s = e.getValue()[0] - shift;
            int en = e.getValue()[1] - shift;
            out.item(new AnswerItem(clean.substring(e.getValue()[0], e.getValue()[1]), List.of(i), boxes, List.of(),
                    s, en));
        }
        if (!out.hasItems()) {
            out.warning("no-grounding", "no region reference (" + example.replace("N", "1") + ") found");
        }
        return out.build();
    }
}
