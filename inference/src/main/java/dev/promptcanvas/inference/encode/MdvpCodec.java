package dev.promptcanvas.inference.encode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MDVP / SPHINX-V (Draw-and-Understand): visual prompts travel as numbers beside the text, boxes as
 * {@code [x, y, w, h]} in pixels (at most 10 prompts), points as {@code [x, y]}; the text refers to them as
 * {@code <Region 1>}, {@code <Region 2>} (1-based). Encoding gives the record's {@code bbox}/{@code points} JSON on
 * the first line and the query (or the list of region tags) on the second.
 */
final class MdvpCodec implements RegionCodec {

    static final int MAX_PROMPTS = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern REFERENCE = Pattern.compile("<\\s*region\\s*(\\d+)\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKUP = Pattern.compile("</s>|<\\|im_end\\|>");

    @Override
    public EncodedPrompt encode(EncodeRequest r) {
        int n = r.boxes().size() + r.points().size();
        if (n == 0) {
            throw new IllegalArgumentException("mdvp: at least one --box or --point is required");
        }
        List<Diagnostic> notes = new ArrayList<>();
        if (n > MAX_PROMPTS) {
            notes.add(Diagnostic.warning("too-many-prompts", n + " visual prompts; MDVP records hold at most "
                    + MAX_PROMPTS));
        }
        ObjectNode record = MAPPER.createObjectNode();
        if (!r.boxes().isEmpty()) {
            ArrayNode boxes = record.putArray("bbox");
            for (Box b : r.boxes()) {
                boxes.addArray().add(num(b.x1())).add(num(b.y1())).add(num(b.width())).add(num(b.height()));
            }
        }
        if (!r.points().isEmpty()) {
            ArrayNode points = record.putArray("points");
            for (Point p : r.points()) {
                points.addArray().add(num(p.x())).add(num(p.y()));
            }
        }
        StringBuilder tags = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            tags.append(i > 1 ? ", " : "").append("<Region ").append(i).append('>');
        }
        String second = r.query() != null && !r.query().isBlank() ? r.query().trim() : tags.toString();
        return new EncodedPrompt(RegionFormat.MDVP, record + "\n" + second, notes);
    }

    private static double num(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Override
    public ParsedAnswer decode(String answer, DecodeContext context) {
        return AnswerBuilder.total(RegionFormat.MDVP, answer, a -> RegionReferences.parse(RegionFormat.MDVP,
                REFERENCE.matcher(a).replaceAll(m -> "<Region " + m.group(1) + ">"), context,
                Pattern.compile("<Region (\\d+)>"), MARKUP, "<Region N>"));
    }
}
