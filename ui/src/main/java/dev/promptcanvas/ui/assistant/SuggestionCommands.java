package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.store.AddAnnotation;
import dev.promptcanvas.annotations.store.AddExpression;
import dev.promptcanvas.annotations.store.Command;
import dev.promptcanvas.annotations.store.Edit;
import dev.promptcanvas.annotations.store.StoreException;
import dev.promptcanvas.inference.vlm.task.PhraseSuggestion;
import dev.promptcanvas.inference.vlm.task.RegionCaptionResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an accepted suggestion into exactly one store command, so one accept is one undo step. Accepting is the
 * person's review: stored rows keep the model as their source but are {@link Review#ACCEPTED}.
 * <ul>
 *   <li>region caption: the annotation's {@code caption} / {@code caption_source} attributes (an edit of it)</li>
 *   <li>expression: {@code AddExpression} with its targets (none for "no target")</li>
 *   <li>mask: {@code AddAnnotation} with the segmenter's prompt record; the query in attributes {@code query} and
 *       {@code query_source}</li>
 *   <li>grounded caption: the caption, one box annotation per phrase box, and the phrases linking them</li>
 * </ul>
 */
public final class SuggestionCommands {

    /** Attribute key of the text query a model-made mask answers. */
    public static final String QUERY_KEY = "query";
    /** Attribute key of the model that turned the query into prompts ({@link Source#toText()}). */
    public static final String QUERY_SOURCE_KEY = "query_source";

    private SuggestionCommands() {
    }

    /**
     * @param categoryId the label for new regions (masks, grounded boxes); ignored by captions and expressions
     */
    public static Command<?> accept(Suggestion s, long categoryId) {
        if (s instanceof Suggestion.RegionCaption c) {
            return regionCaption(c);
        } else if (s instanceof Suggestion.Expression e) {
            return new AddExpression(e.expression());
        } else if (s instanceof Suggestion.SegmentMask m) {
            return mask(m, categoryId);
        } else if (s instanceof Suggestion.GroundedCaption g) {
            return groundedCaption(g, categoryId);
        }
        throw new IllegalArgumentException("unknown suggestion " + s);
    }

    /** Whether accepting needs a label for the regions it creates. */
    public static boolean needsLabel(Suggestion s) {
        return s instanceof Suggestion.SegmentMask || s instanceof Suggestion.GroundedCaption g
                && g.phrases().stream().anyMatch(p -> !p.boxes().isEmpty());
    }

    private static Command<Annotation> regionCaption(Suggestion.RegionCaption c) {
        return Command.of("Accept region caption", edit -> {
            Annotation a = edit.annotation(c.annotationId()).orElseThrow(() -> new StoreException(
                    StoreException.Kind.INVALID_EDIT, "region caption: annotation " + c.annotationId()
                    + " no longer exists"));
            Map<String, String> attrs = new HashMap<>(a.attributes());
            attrs.put(RegionCaptionResult.CAPTION_KEY, c.caption());
            attrs.put(RegionCaptionResult.CAPTION_SOURCE_KEY, c.source().toText());
            return edit.updateAnnotation(new Annotation(a.id(), a.imageId(), a.categoryId(), a.geometry(), a.score(),
                    a.source(), a.review(), a.crowd(), attrs, a.parentId(), a.promptRecordId()));
        });
    }

    private static Command<Annotation> mask(Suggestion.SegmentMask m, long categoryId) {
        Map<String, String> attrs = Map.of(QUERY_KEY, m.query(), QUERY_SOURCE_KEY, m.source().toText());
        Annotation a = new Annotation(0, m.imageId(), categoryId, m.mask(), m.score(),
                Source.model(m.record().modelId(), m.record().modelVersion()), Review.ACCEPTED, false, attrs, null,
                null);
        AddAnnotation add = new AddAnnotation(a, m.record());
        return Command.of("Accept mask for \u201c" + m.query() + "\u201d", add::execute);
    }

    /** What accepting a grounded caption stored: the caption (null when there was none), the regions, the phrases. */
    public record GroundedRows(Caption caption, List<Annotation> regions,
                               List<dev.promptcanvas.annotations.model.GroundedPhrase> phrases) {
    }

    private static Command<GroundedRows> groundedCaption(Suggestion.GroundedCaption g, long categoryId) {
        return Command.of("Accept grounded caption", edit -> {
            Caption caption = g.caption() == null ? null : edit.addCaption(g.caption());
            List<Annotation> regions = new ArrayList<>();
            List<dev.promptcanvas.annotations.model.GroundedPhrase> phrases = new ArrayList<>();
            for (PhraseSuggestion p : g.phrases()) {
                List<Long> ids = new ArrayList<>();
                for (var box : p.boxes()) {
                    Annotation a = addRegion(edit, g, p, box, categoryId);
                    regions.add(a);
                    ids.add(a.id());
                }
                if (caption != null && p.inCaption() && p.end() <= caption.text().length() && p.end() > p.start()) {
                    phrases.add(edit.addPhrase(p.toGroundedPhrase(caption.id(), ids)));
                }
            }
            return new GroundedRows(caption, regions, phrases);
        });
    }

    private static Annotation addRegion(Edit edit, Suggestion.GroundedCaption g, PhraseSuggestion p,
                                        dev.promptcanvas.annotations.geometry.Box box, long categoryId)
            throws StoreException {
        Map<String, String> attrs = p.phrase().isBlank() ? Map.of() : Map.of("phrase", p.phrase().strip());
        return edit.addAnnotation(new Annotation(0, g.imageId(), categoryId, box, null, g.source(), Review.ACCEPTED,
                false, attrs, null, null));
    }
}
