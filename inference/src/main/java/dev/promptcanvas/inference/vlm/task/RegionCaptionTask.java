package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.RenderResult;
import dev.promptcanvas.inference.render.VisualPromptRenderer;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.vlm.ImageDataUrl;
import dev.promptcanvas.inference.vlm.VlmClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Region caption (Osprey-style): the region drawn as a visual prompt in the chosen style, the question naming
 * the mark ("... the region within the red rectangle"), the answer cleaned into a caption suggestion. Blocking;
 * interrupting the thread cancels the call.
 */
public final class RegionCaptionTask {

    private final VlmClient client;
    private final PromptTemplates templates;

    public RegionCaptionTask(VlmClient client, PromptTemplates templates) {
        this.client = client;
        this.templates = templates;
    }

    /** Asks with the template's question. */
    public RegionCaptionResult run(VlmImage image, Geometry region, VisualPromptStyle style, RenderOptions render,
                                   TaskOptions options) {
        return run(image, region, style, render, templates.regionCaption(), options);
    }

    /**
     * Asks a question of one's own about the region.
     *
     * @param question a template; {region} becomes the mark's phrase (appended in brackets when absent)
     * @throws IllegalArgumentException when the region cannot be drawn (outside the image, ...)
     * @throws dev.promptcanvas.inference.vlm.VlmException when the call fails
     */
    public RegionCaptionResult run(VlmImage image, Geometry region, VisualPromptStyle style, RenderOptions render,
                                   String question, TaskOptions options) {
        long t0 = System.nanoTime();
        RenderResult rendered = VisualPromptRenderer.render(style, image.image(), List.of(region), render);
        ImageDataUrl data = ImageDataUrl.encode(rendered.image(), options.encoding());
        String phrase = rendered.phrase();
        String text = question.contains("{region}") ? PromptTemplates.fill(question, Map.of("region", phrase))
                : question.strip() + " (the region " + phrase + ")";
        long renderMs = TaskTimings.since(t0);
        ModelExchange.Sent sent = ModelExchange.ask(client, text, data, options);
        long t1 = System.nanoTime();
        List<Diagnostic> notes = new ArrayList<>();
        String caption = caption(sent.answer().text(), sent.answer().truncated(), notes);
        return new RegionCaptionResult(sent.answer().text(), caption, ModelExchange.source(client.endpoint()), style,
                text, data.sha256(), notes, new TaskTimings(renderMs, sent.requestMs(), TaskTimings.since(t1), 0));
    }

    /** The answer as a caption: tokens and reasoning removed, one pair of quotes stripped; null when unusable. */
    static String caption(String answer, boolean truncated, List<Diagnostic> notes) {
        String t = ModelExchange.clean(answer);
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            notes.add(Diagnostic.error("empty-answer", "the model answered nothing usable; no caption suggested"));
            return null;
        }
        if (truncated) {
            notes.add(Diagnostic.error("answer-truncated", "the answer is cut off at the token limit; no caption"
                    + " suggested (raise the token limit)"));
            return null;
        }
        return t;
    }
}
