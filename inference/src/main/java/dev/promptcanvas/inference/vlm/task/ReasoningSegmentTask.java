package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.encode.ImageSize;
import dev.promptcanvas.inference.segment.ImageEmbedding;
import dev.promptcanvas.inference.segment.PromptException;
import dev.promptcanvas.inference.segment.SegmentationResult;
import dev.promptcanvas.inference.segment.Segmenter;
import dev.promptcanvas.inference.vlm.ImageDataUrl;
import dev.promptcanvas.inference.vlm.VlmClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reasoning segmentation (Seg-Zero-style): a free-text query, the model's box and points as JSON, mapped from its
 * coordinate frame to image pixels, turned into a box prompt and positive point prompts, and decoded by the
 * segmenter into a mask to preview. A box reaching outside the image is clipped, one with no area inside is
 * dropped, points outside are dropped, each with a diagnostic. Blocking; interrupt to cancel.
 */
public final class ReasoningSegmentTask {

    private final VlmClient client;
    private final PromptTemplates templates;
    private final Segmenter segmenter;

    /** @param segmenter the segmenter for the mask preview, or null to stop at the prompts */
    public ReasoningSegmentTask(VlmClient client, PromptTemplates templates, Segmenter segmenter) {
        this.client = client;
        this.templates = templates;
        this.segmenter = segmenter;
    }

    /** @param frame the model's coordinates ({@link CoordinateFrame#SEG_ZERO} for Seg-Zero, QWEN for Qwen2.5-VL) */
    public ReasoningResult run(VlmImage image, String query, CoordinateFrame frame, TaskOptions options) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("reasoning segmentation: a query is required");
        }
        long t0 = System.nanoTime();
        ImageDataUrl data = ImageDataUrl.encode(frame.prepare(image.image()), options.encoding());
        String text = PromptTemplates.fill(templates.reasoning(), Map.of("query", query.strip()));
        long renderMs = TaskTimings.since(t0);
        ModelExchange.Sent sent = ModelExchange.ask(client, text, data, options);
        long t1 = System.nanoTime();
        List<Diagnostic> notes = new ArrayList<>();
        ModelExchange.noteTruncation(sent.answer(), notes);
        BoxAndPoints.Read read = BoxAndPoints.parse(sent.answer().text(), notes);
        ImageSize size = image.size();
        double[] s = frame.toImage(size);
        Box box = read.box() == null ? null : box(read.box(), s, size, notes);
        List<Point> points = new ArrayList<>();
        for (double[] p : read.points()) {
            double x = p[0] * s[0];
            double y = p[1] * s[1];
            if (x < 0 || y < 0 || x > size.width() || y > size.height()) {
                notes.add(Diagnostic.warning("point-outside", "point (" + fmt(x) + ", " + fmt(y) + ") lies outside the "
                        + size + " image; dropped"));
            } else {
                points.add(new Point(x, y));
            }
        }
        List<Prompt> prompts = new ArrayList<>();
        if (box != null) {
            prompts.add(new BoxPrompt(box));
        }
        points.forEach(p -> prompts.add(new PointPrompt(p.x(), p.y(), true)));
        long parseMs = TaskTimings.since(t1);
        Mask mask = null;
        Double score = null;
        PromptRecord record = null;
        long t2 = System.nanoTime();
        if (prompts.isEmpty()) {
            if (notes.stream().noneMatch(d -> d.level() == Diagnostic.Level.ERROR)) {
                notes.add(Diagnostic.error("nothing-inside", "neither the box nor any point lies inside the image;"
                        + " nothing to segment"));
            }
        } else if (segmenter != null) {
            try {
                ImageEmbedding e = segmenter.encode(image.image(), image.sha256());
                SegmentationResult r = segmenter.decode(e, prompts, null);
                mask = new Mask(r.best().mask());
                score = (double) r.best().score();
                record = new PromptRecord(0, image.imageId(), prompts, segmenter.modelId(), "", r.bestIndex(), score,
                        List.of());
            } catch (PromptException ex) {
                notes.add(Diagnostic.error("segmenter-refused", "the segmenter refused the prompts: " + ex.getMessage()));
            }
        }
        return new ReasoningResult(sent.answer().text(), text, query.strip(), read.thinking(), box, points, prompts,
                mask, score, record, ModelExchange.source(client.endpoint()), notes,
                new TaskTimings(renderMs, sent.requestMs(), parseMs, segmenter == null ? 0 : TaskTimings.since(t2)));
    }

    private static Box box(double[] b, double[] s, ImageSize size, List<Diagnostic> notes) {
        Box raw = Box.ofCorners(b[0] * s[0], b[1] * s[1], b[2] * s[0], b[3] * s[1]);
        if (b[2] < b[0] || b[3] < b[1]) {
            notes.add(Diagnostic.warning("box-inverted", "box corners out of order; swapped"));
        }
        double x1 = Math.max(0, raw.x1());
        double y1 = Math.max(0, raw.y1());
        double x2 = Math.min(size.width(), raw.x2());
        double y2 = Math.min(size.height(), raw.y2());
        if (x2 <= x1 || y2 <= y1) {
            notes.add(Diagnostic.warning("box-outside", "box [" + fmt(raw.x1()) + ", " + fmt(raw.y1()) + ", "
                    + fmt(raw.x2()) + ", " + fmt(raw.y2()) + "] has no area inside the " + size + " image; dropped"));
            return null;
        }
        Box clipped = new Box(x1, y1, x2, y2);
        if (!clipped.equals(raw)) {
            notes.add(Diagnostic.warning("box-clipped", "box [" + fmt(raw.x1()) + ", " + fmt(raw.y1()) + ", "
                    + fmt(raw.x2()) + ", " + fmt(raw.y2()) + "] reaches outside the " + size + " image; clipped"));
        }
        return clipped;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
