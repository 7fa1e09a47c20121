package dev.promptcanvas.inference.encode;

import java.util.ArrayList;
import java.util.List;

/**
 * ChatRex and RexSeek prompts: the candidate boxes (passed to the model as numbers) appear in the text as
 * {@code <obj0><objfeat><obj1><objfeat>...}, after {@code <image>\n} and before the question. RexSeek's evaluation
 * caps the candidates at 100 and asks {@code Please detect [OBJ] in this image. Answer the question with object
 * indexes.}; ChatRex uses the same detection wording, with several categories separated by {@code ;}.
 */
final class ObjectIndexCodec implements RegionCodec {

    /** RexSeek's {@code --question-template}. */
    static final String DETECT_TEMPLATE = "Please detect [OBJ] in this image. Answer the question with object indexes.";
    static final int REXSEEK_MAX_CANDIDATES = 100;

    private final boolean rexSeek;

    ObjectIndexCodec(boolean rexSeek) {
        this.rexSeek = rexSeek;
    }

    private RegionFormat format() {
        return rexSeek ? RegionFormat.REXSEEK : RegionFormat.CHATREX;
    }

    @Override
    public EncodedPrompt encode(EncodeRequest r) {
        List<Diagnostic> notes = new ArrayList<>();
        int n = r.boxes().size();
        if (rexSeek && n > REXSEEK_MAX_CANDIDATES) {
            notes.add(Diagnostic.warning("candidates-capped", n + " candidate boxes given; RexSeek reads the first "
                    + REXSEEK_MAX_CANDIDATES + ", the rest were left out"));
            n = REXSEEK_MAX_CANDIDATES;
        }
        StringBuilder sb = new StringBuilder("<image>\n");
        sb.append(objectTokens(n)).append('\n');
        String question = question(r);
        if (question != null) {
            sb.append(question);
        }
        return new EncodedPrompt(format(), sb.toString(), notes);
    }

    /** {@code <obj0><objfeat><obj1><objfeat>...} for n candidates. */
    static String objectTokens(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<obj").append(i).append("><objfeat>");
        }
        return sb.toString();
    }

    /**
     * The question: RexSeek puts the query (a referring expression) into its template unless it is already a full
     * instruction ("... Answer the question ..."); ChatRex uses the query as given. Without a query, the labels
     * joined by "; " fill the detection template; with neither, no question.
     */
    private String question(EncodeRequest r) {
        if (r.query() != null && !r.query().isBlank()) {
            String q = r.query().trim();
            boolean instruction = q.toLowerCase(java.util.Locale.ROOT).contains("answer the question");
            return rexSeek && !instruction ? DETECT_TEMPLATE.replace("[OBJ]", q) : q;
        }
        List<String> labels = r.labels().stream().filter(l -> l != null && !l.isBlank()).map(String::trim)
                .distinct().toList();
        if (labels.isEmpty()) {
            return null;
        }
        return DETECT_TEMPLATE.replace("[OBJ]", String.join("; ", labels));
    }

    @Override
    public ParsedAnswer decode(String answer, DecodeContext context) {
        return AnswerBuilder.total(format(), answer, a -> GroundAnswerParser.parse(format(), a, context));
    }
}
