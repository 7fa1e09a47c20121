package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.segment.Segmenter;
import dev.promptcanvas.inference.vlm.VlmClient;
import dev.promptcanvas.inference.vlm.task.GroundedCaptionResult;
import dev.promptcanvas.inference.vlm.task.GroundedCaptionTask;
import dev.promptcanvas.inference.vlm.task.GroundingCandidate;
import dev.promptcanvas.inference.vlm.task.GroundingResult;
import dev.promptcanvas.inference.vlm.task.GroundingTask;
import dev.promptcanvas.inference.vlm.task.PromptTemplates;
import dev.promptcanvas.inference.vlm.task.ReasoningResult;
import dev.promptcanvas.inference.vlm.task.ReasoningSegmentTask;
import dev.promptcanvas.inference.vlm.task.RegionCaptionResult;
import dev.promptcanvas.inference.vlm.task.RegionCaptionTask;
import dev.promptcanvas.inference.vlm.task.TaskOptions;
import dev.promptcanvas.inference.vlm.task.VlmImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one assistant request against a model (blocking; interrupt the thread to cancel the call) and turns the
 * task's result into suggestions. A failed call throws the client's {@code VlmException}; an answer that yields
 * nothing usable gives an outcome without suggestions and with the diagnostics saying why.
 */
public final class AssistantRunner {

    private final PromptTemplates templates;

    public AssistantRunner(PromptTemplates templates) {
        this.templates = templates;
    }

    /**
     * @param segmenter opens the segmenter for reasoning segmentation (called only for that task)
     * @throws IOException when the image cannot be read
     */
    public AssistantOutcome run(AssistantRequest r, VlmClient client, Supplier<Segmenter> segmenter)
            throws IOException {
        String problem = r.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        VlmImage image = ProjectImages.load(r.projectDir(), r.image());
        TaskOptions options = TaskOptions.defaults().withMaxTokens(r.maxTokens());
        return switch (r.task()) {
            case REGION_CAPTION -> caption(r, client, image, options);
            case FIND_BY_EXPRESSION -> ground(r, client, image, options);
            case REASONING_SEGMENTATION -> reason(r, client, image, options, segmenter.get());
            case GROUNDED_CAPTION -> groundedCaption(r, client, image, options);
        };
    }

    private AssistantOutcome caption(AssistantRequest r, VlmClient client, VlmImage image, TaskOptions options) {
        Annotation region = r.region();
        RegionCaptionResult res = new RegionCaptionTask(client, templates).run(image, region.geometry(), r.style(),
                RenderOptions.defaults(), options);
        List<Suggestion> out = res.suggestion().<List<Suggestion>>map(c -> List.of(new Suggestion.RegionCaption(
                image.imageId(), region.id(), region.geometry(), c, res.source()))).orElse(List.of());
        return new AssistantOutcome(r.task(), out, res.promptText(), res.rawAnswer(), "", res.diagnostics(),
                res.timings());
    }

    private AssistantOutcome ground(AssistantRequest r, VlmClient client, VlmImage image, TaskOptions options) {
        List<GroundingCandidate> candidates = r.candidates().stream().map(GroundingCandidate::of).toList();
        GroundingResult res = new GroundingTask(client, templates).run(image, candidates, r.query(), r.display(),
                r.frame(), options);
        Map<Long, Geometry> shapes = new HashMap<>();
        r.candidates().forEach(a -> shapes.put(a.id(), a.geometry()));
        List<Suggestion> out = res.suggestion().<List<Suggestion>>map(e -> List.of(new Suggestion.Expression(e,
                e.targetIds().stream().map(shapes::get).toList(), res.source()))).orElse(List.of());
        return new AssistantOutcome(r.task(), out, res.promptText(), res.rawAnswer(), "", res.diagnostics(),
                res.timings());
    }

    private AssistantOutcome reason(AssistantRequest r, VlmClient client, VlmImage image, TaskOptions options,
                                    Segmenter segmenter) {
        ReasoningResult res = new ReasoningSegmentTask(client, templates, segmenter).run(image, r.query(), r.frame(),
                options);
        List<Suggestion> out = Optional.ofNullable(res.mask()).filter(m -> m.rle().area() > 0)
                .<List<Suggestion>>map(m -> List.of(new Suggestion.SegmentMask(image.imageId(), m, res.score(),
                        res.promptRecord(), res.query(), res.box(), res.points(), res.source())))
                .orElse(List.of());
        List<dev.promptcanvas.inference.encode.Diagnostic> notes = new java.util.ArrayList<>(res.diagnostics());
        if (res.mask() != null && res.mask().rle().area() == 0) {
            notes.add(dev.promptcanvas.inference.encode.Diagnostic.error("empty-mask", "the segmenter made an empty"
                    + " mask from the model's box and points; nothing suggested"));
        }
        return new AssistantOutcome(r.task(), out, res.promptText(), res.rawAnswer(), res.thinking(), notes,
                res.timings());
    }

    private AssistantOutcome groundedCaption(AssistantRequest r, VlmClient client, VlmImage image,
                                             TaskOptions options) {
        GroundedCaptionResult res = new GroundedCaptionTask(client, templates).run(image, r.dialect(), options);
        boolean boxes = res.phrases().stream().anyMatch(p -> !p.boxes().isEmpty());
        List<Suggestion> out = res.caption() != null || boxes ? List.of(new Suggestion.GroundedCaption(
                image.imageId(), res.caption(), res.phrases(), res.source())) : List.of();
        return new AssistantOutcome(r.task(), out, res.promptText(), res.rawAnswer(), "", res.diagnostics(),
                res.timings());
    }
}
