package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.inference.encode.DecodeContext;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.encode.ImageSize;
import dev.promptcanvas.inference.encode.ParsedAnswer;
import dev.promptcanvas.inference.encode.RegionFormat;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.RenderResult;
import dev.promptcanvas.inference.render.VisualPromptRenderer;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.vlm.ImageDataUrl;
import dev.promptcanvas.inference.vlm.VlmClient;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Index grounding (ChatRex / RexSeek-style): candidate regions are shown as Set-of-Mark numbers on the image, or
 * listed as {@code <objN>: [x1, y1, x2, y2]}; the model answers with indexes ({@code <ground>..</ground>
 * <objects><obj3></objects>}, or bare numbers, or "None"), which become a referring-expression draft whose targets
 * are the picked candidates' annotation ids, or an explicit "no target". Blocking; interrupt to cancel.
 */
public final class GroundingTask {

    /** How the candidates are shown to the model. */
    public enum Display {
        /** Numbered Set-of-Mark outlines drawn on the image (labels 1..N). */
        SET_OF_MARK,
        /** The plain image and a text list {@code <obj0>: [x1, y1, x2, y2]} (indexes 0..N-1). */
        INDEX_LIST
    }

    private static final Pattern DETECT = Pattern.compile("(?is)^\\s*please\\s+detect\\s+(.+?)\\s+in\\s+(?:this|the)"
            + "\\s+image\\b.*$");
    private static final Pattern NONE = Pattern.compile("(?is)^\\W*(none|no\\b|nothing|there (is|are) no|not found)"
            + "|\\b(no such|no matching|cannot find|can't find|could not find|does not exist|do not exist|not present"
            + "|not in the image|no target)\\b");
    private static final Pattern NUMBER_WORDS = Pattern.compile("(?i)\\b(marks?|objects?|labels?|numbers?|and|the"
            + "|answer|is|are|indexes|indices)\\b");
    private static final Pattern NUMBERS_ONLY = Pattern.compile("^[\\d\\s,;.:#\\[\\]()]*\\d[\\d\\s,;.:#\\[\\]()]*$");

    private final VlmClient client;
    private final PromptTemplates templates;

    public GroundingTask(VlmClient client, PromptTemplates templates) {
        this.client = client;
        this.templates = templates;
    }

    /**
     * @param query      what to find ("the man in red"), or a full question ("Please detect the man in red in this
     *                   image"); the expression's text is the object phrase
     * @param candidates at least one
     * @param frame      INDEX_LIST only: the coordinates the boxes are written in
     */
    public GroundingResult run(VlmImage image, List<GroundingCandidate> candidates, String query, Display display,
                               CoordinateFrame frame, TaskOptions options) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("grounding: a query is required");
        }
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("grounding: at least one candidate region is required");
        }
        long t0 = System.nanoTime();
        String phrase = objectPhrase(query);
        String question = DETECT.matcher(query).matches() ? query.strip()
                : PromptTemplates.fill(templates.grounding(), Map.of("query", phrase));
        List<Geometry> shapes = candidates.stream().map(GroundingCandidate::geometry).toList();
        ImageDataUrl data;
        String text;
        Map<String, Integer> labels = null;
        if (display == Display.SET_OF_MARK) {
            RenderResult som = VisualPromptRenderer.render(VisualPromptStyle.SOM, image.image(), shapes,
                    RenderOptions.defaults());
            labels = som.labelToRegion();
            data = ImageDataUrl.encode(som.image(), options.encoding());
            text = PromptTemplates.fill(templates.groundingMarks(), Map.of("count", String.valueOf(shapes.size()),
                    "question", question, "query", phrase));
        } else {
            BufferedImage sent = frame.prepare(image.image());
            data = ImageDataUrl.encode(sent, options.encoding());
            text = PromptTemplates.fill(templates.groundingIndexList(), Map.of("candidates",
                    candidateList(shapes, image.size(), frame), "question", question, "query", phrase));
        }
        long renderMs = TaskTimings.since(t0);
        ModelExchange.Sent sent = ModelExchange.ask(client, text, data, options);
        long t1 = System.nanoTime();
        List<Diagnostic> notes = new ArrayList<>();
        ModelExchange.noteTruncation(sent.answer(), notes);
        Picked picked = read(sent.answer().text(), shapes.size(), labels, notes);
        List<Long> ids = picked.indexes.stream().map(i -> candidates.get(i).annotationId()).toList();
        ReferringExpression draft = picked.readable
                ? new ReferringExpression(0, image.imageId(), phrase, ids, null) : null;
        return new GroundingResult(sent.answer().text(), text, data.sha256(), picked.indexes, ids, picked.noTarget,
                draft, ModelExchange.source(client.endpoint()), notes,
                new TaskTimings(renderMs, sent.requestMs(), TaskTimings.since(t1), 0));
    }

    /** "the man in red" from "Please detect the man in red in this image." (else the query itself). */
    static String objectPhrase(String query) {
        Matcher m = DETECT.matcher(query);
        return m.matches() ? m.group(1).strip() : query.strip();
    }

    static String candidateList(List<Geometry> shapes, ImageSize size, CoordinateFrame frame) {
        double[] s = frame.toImage(size);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shapes.size(); i++) {
            Box b = shapes.get(i).bounds();
            sb.append(i == 0 ? "" : "\n").append("<obj").append(i).append(">: [")
                    .append(Math.round(b.x1() / s[0])).append(", ").append(Math.round(b.y1() / s[1])).append(", ")
                    .append(Math.round(b.x2() / s[0])).append(", ").append(Math.round(b.y2() / s[1])).append(']');
        }
        return sb.toString();
    }

    private record Picked(List<Integer> indexes, boolean noTarget, boolean readable) {
    }

    /**
     * Indexes from the answer. Set-of-Mark answers carry labels (1..N, mapped through {@code labels}); index lists
     * carry 0-based indexes. Out-of-range ones are dropped with a diagnostic.
     */
    private static Picked read(String raw, int count, Map<String, Integer> labels, List<Diagnostic> notes) {
        String answer = ModelExchange.clean(raw);
        ParsedAnswer parsed = RegionFormat.CHATREX.codec().decode(answer,
                new DecodeContext(null, List.of(), labels == null ? count : 0));
        List<Integer> numbers = new ArrayList<>(parsed.indexes());
        boolean grounded = !parsed.items().isEmpty();
        if (!grounded) {
            numbers.addAll(bareNumbers(answer));
        }
        notes.addAll(parsed.diagnostics().stream().filter(d -> !d.code().equals("no-grounding")).toList());
        boolean dropped = parsed.reported("index-out-of-range");
        Set<Integer> indexes = new LinkedHashSet<>();
        for (int n : numbers) {
            Integer index = labels == null ? Integer.valueOf(n) : labels.get(String.valueOf(n));
            if (index == null || index < 0 || index >= count) {
                dropped = true;
                notes.add(Diagnostic.warning("index-out-of-range", (labels == null ? "<obj" + n + ">" : "mark " + n)
                        + " but there are only " + count + " candidates (" + (labels == null ? "0.." + (count - 1)
                        : "1.." + count) + "); left out"));
                continue;
            }
            indexes.add(index);
        }
        if (!indexes.isEmpty()) {
            return new Picked(List.copyOf(indexes), false, true);
        }
        if (!dropped && (grounded || NONE.matcher(answer).find())) {
            notes.add(Diagnostic.info("no-target", "the model found no matching candidate: a no-target expression"));
            return new Picked(List.of(), true, true);
        }
        notes.add(Diagnostic.error(dropped ? "no-valid-target" : "no-grounding", dropped
                ? "every index in the answer is out of range; nothing suggested"
                : "no object indexes and no 'None' in the answer; nothing suggested"));
        return new Picked(List.of(), false, false);
    }

    /** "3", "1, 4", "Marks 2 and 5", "[0, 3]": the numbers of an answer made only of numbers. */
    static List<Integer> bareNumbers(String answer) {
        String rest = NUMBER_WORDS.matcher(answer).replaceAll(" ").strip();
        if (rest.isEmpty() || !NUMBERS_ONLY.matcher(rest).matches()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d{1,6}").matcher(rest);
        while (m.find()) {
            out.add(Integer.parseInt(m.group()));
        }
        return out;
    }

}
