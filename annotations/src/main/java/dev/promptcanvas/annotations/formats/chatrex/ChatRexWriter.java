package dev.promptcanvas.annotations.formats.chatrex;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.formats.support.JsonNumbers;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes ChatRex/RexSeek index-grounding records: one per referring expression and per grounded caption. */
final class ChatRexWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final WriteOptions options;
    private final boolean jsonLines;

    ChatRexWriter(WriteOptions options) {
        this.options = options;
        String format = options.option(ChatRexFormat.FORMAT, "jsonl").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("jsonl")) {
            throw new IllegalArgumentException("option format=" + format + ": expected json or jsonl");
        }
        this.jsonLines = format.equals("jsonl");
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        Long candidateCategory = candidateCategory(source.categories());
        List<Skipped> skipped = new ArrayList<>();
        AtomicFiles.write(output, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                if (jsonLines) {
                    g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
                } else {
                    g.writeStartArray();
                }
                int[] counter = {0};
                for (ImageRecord image : source.images()) {
                    ImageContent content = source.content(image);
                    List<Annotation> regions = content.annotations().stream()
                            .filter(a -> ChatRexCandidates.isRegion(a.geometry())).toList();
                    Set<Long> regionIds = new LinkedHashSet<>();
                    regions.forEach(a -> regionIds.add(a.id()));
                    for (ReferringExpression e : content.expressions()) {
                        List<Long> missing = e.targetIds().stream().filter(t -> !regionIds.contains(t)).toList();
                        if (!missing.isEmpty()) {
                            skipped.add(new Skipped(output, "expression " + e.id(), "targets " + missing
                                    + " are not regions of image " + image.path()));
                            continue;
                        }
                        List<Annotation> candidates = ChatRexCandidates.select(regions, candidateCategory,
                                e.targetIds());
                        String question = ChatRexText.question(candidates.size(),
                                ChatRexFormat.DETECT_QUESTION.replace("[OBJ]", e.text().strip()));
                        String answer = ChatRexText.ground(e.text().strip(), indexes(candidates, e.targetIds()));
                        record(g, "expression", ++counter[0], image, candidates, question, answer, e.domain());
                    }
                    for (Caption c : content.captions()) {
                        List<GroundedPhrase> phrases = content.phrasesOf(c.id()).stream()
                                .filter(p -> !p.annotationIds().isEmpty()
                                        && regionIds.containsAll(p.annotationIds())
                                        && p.end() <= c.text().length())
                                .toList();
                        if (phrases.isEmpty()) {
                            continue;
                        }
                        Set<Long> targets = new LinkedHashSet<>();
                        phrases.forEach(p -> targets.addAll(p.annotationIds()));
                        List<Annotation> candidates = ChatRexCandidates.select(regions, candidateCategory, targets);
                        String question = ChatRexText.question(candidates.size(), ChatRexFormat.CAPTION_QUESTION);
                        String answer = ChatRexText.groundedCaption(c.text(), phrases, id -> indexOf(candidates, id));
                        record(g, "caption", ++counter[0], image, candidates, question, answer, null);
                    }
                }
                if (!jsonLines) {
                    g.writeEndArray();
                } else if (counter[0] > 0) {
                    g.writeRaw('\n');
                }
            }
        });
        return skipped;
    }

    private void record(JsonGenerator g, String kind, int n, ImageRecord image, List<Annotation> candidates,
                        String question, String answer, String domain) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "promptcanvas-" + kind + "-" + n);
        g.writeStringField("image", options.imageName(image));
        g.writeNumberField("width", image.width());
        g.writeNumberField("height", image.height());
        if (domain != null) {
            g.writeStringField("domain", domain);
        }
        g.writeArrayFieldStart("boxes");
        for (Annotation a : candidates) {
            Box b = a.geometry().bounds();
            JsonNumbers.writeArray(g, new double[] {b.x1(), b.y1(), b.x2(), b.y2()});
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conversations");
        g.writeStartObject();
        g.writeStringField("from", "human");
        g.writeStringField("value", question);
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("from", "gpt");
        g.writeStringField("value", answer);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static List<Integer> indexes(List<Annotation> candidates, List<Long> targets) {
        List<Integer> out = new ArrayList<>();
        for (long t : targets) {
            out.add(indexOf(candidates, t));
        }
        out.sort(null);
        return out;
    }

    private static int indexOf(List<Annotation> candidates, long id) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).id() == id) {
                return i;
            }
        }
        throw new IllegalStateException("annotation " + id + " is not a candidate");
    }

    /** The option's category, "person" when present by default, or null for every region. */
    private Long candidateCategory(List<Category> categories) {
        String wanted = options.option(ChatRexFormat.CANDIDATES);
        Map<String, Long> byName = new HashMap<>();
        for (Category c : categories) {
            byName.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c.id());
        }
        if (wanted == null) {
            return byName.get("person");
        }
        if (wanted.equalsIgnoreCase("all")) {
            return null;
        }
        Long id = byName.get(wanted.toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new IllegalArgumentException("option " + ChatRexFormat.CANDIDATES + "=" + wanted
                    + ": no such category in the export");
        }
        return id;
    }
}
