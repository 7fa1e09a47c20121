package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.inference.encode.AnswerItem;
import dev.promptcanvas.inference.encode.DecodeContext;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.encode.ParsedAnswer;
import dev.promptcanvas.inference.encode.RegionFormat;
import dev.promptcanvas.inference.vlm.ImageDataUrl;
import dev.promptcanvas.inference.vlm.VlmClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Grounded caption (KOSMOS-2 / GRIT-style): a caption whose phrases carry boxes, read from Qwen2.5-VL-style
 * {@code bbox_2d} JSON after the caption (labels looked up in the caption; smart-resize mapping) or KOSMOS-2
 * {@code <phrase>..</phrase><object><patch_index_..>..</object>} markup (several boxes per phrase allowed).
 * Blocking; interrupt to cancel.
 */
public final class GroundedCaptionTask {

    /** Which answer markup to ask for and read. */
    public enum Dialect {
        QWEN, KOSMOS2
    }

    private final VlmClient client;
    private final PromptTemplates templates;

    public GroundedCaptionTask(VlmClient client, PromptTemplates templates) {
        this.client = client;
        this.templates = templates;
    }

    public GroundedCaptionResult run(VlmImage image, Dialect dialect, TaskOptions options) {
        long t0 = System.nanoTime();
        ImageDataUrl data = ImageDataUrl.encode(image.image(), options.encoding());
        String text = dialect == Dialect.QWEN ? templates.groundedCaptionQwen() : templates.groundedCaptionKosmos2();
        long renderMs = TaskTimings.since(t0);
        ModelExchange.Sent sent = ModelExchange.ask(client, text, data, options);
        long t1 = System.nanoTime();
        List<Diagnostic> notes = new ArrayList<>();
        ModelExchange.noteTruncation(sent.answer(), notes);
        String answer = ModelExchange.clean(sent.answer().text());
        RegionFormat format = dialect == Dialect.QWEN ? RegionFormat.QWEN : RegionFormat.KOSMOS2;
        ParsedAnswer parsed = format.codec().decode(answer, DecodeContext.of(image.size()));
        notes.addAll(parsed.diagnostics());
        String captionText = parsed.text().replaceAll("[ \\t]{2,}", " ").strip();
        List<PhraseSuggestion> phrases = dialect == Dialect.QWEN ? locate(parsed.items(), captionText, notes)
                : spans(parsed.items());
        Caption caption = null;
        if (captionText.isEmpty()) {
            notes.add(Diagnostic.error("no-caption", "the answer holds no caption text"
                    + (phrases.isEmpty() ? "" : "; only the boxes are suggested")));
        } else {
            caption = new Caption(0, image.imageId(), captionText, ModelExchange.source(client.endpoint()));
        }
        return new GroundedCaptionResult(sent.answer().text(), text, dialect, caption, phrases,
                ModelExchange.source(client.endpoint()), notes,
                new TaskTimings(renderMs, sent.requestMs(), TaskTimings.since(t1), 0));
    }

    /** KOSMOS-2 items already carry spans in the cleaned text. */
    private static List<PhraseSuggestion> spans(List<AnswerItem> items) {
        List<PhraseSuggestion> out = new ArrayList<>();
        for (AnswerItem i : items) {
            if (!i.boxes().isEmpty()) {
                out.add(new PhraseSuggestion(i.phrase(), i.start(), i.end(), i.boxes()));
            }
        }
        return out;
    }

    /**
     * Qwen items carry labels: each is looked up in the caption (case-insensitive, the first occurrence not yet
     * taken); a label not in the caption keeps its boxes without a span (INFO phrase-not-in-caption).
     */
    private static List<PhraseSuggestion> locate(List<AnswerItem> items, String caption, List<Diagnostic> notes) {
        String lower = caption.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[caption.length() + 1];
        List<PhraseSuggestion> out = new ArrayList<>();
        for (AnswerItem i : items) {
            if (i.boxes().isEmpty()) {
                continue;
            }
            String label = i.phrase().strip();
            int at = label.isEmpty() ? -1 : free(lower, label.toLowerCase(Locale.ROOT), taken);
            if (at < 0) {
                notes.add(Diagnostic.info("phrase-not-in-caption", "'" + label + "' is not in the caption; its "
                        + i.boxes().size() + " box(es) are suggested without a phrase span"));
                out.add(new PhraseSuggestion(label, -1, -1, i.boxes()));
                continue;
            }
            for (int k = at; k < at + label.length(); k++) {
                taken[k] = true;
            }
            out.add(new PhraseSuggestion(caption.substring(at, at + label.length()), at, at + label.length(),
                    i.boxes()));
        }
        return out;
    }

    private static int free(String text, String label, boolean[] taken) {
        int from = 0;
        while (true) {
            int at = text.indexOf(label, from);
            if (at < 0 || !taken[at]) {
                return at;
            }
            from = at + 1;
        }
    }

}
