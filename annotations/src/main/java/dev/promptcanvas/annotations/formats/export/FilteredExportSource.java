package dev.promptcanvas.annotations.formats.export;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Review;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A view of a source for one export: a subset of images, without rejected annotations, without unaccepted model
 * suggestions unless asked for, with labels renamed, merged or dropped. Phrases and expressions lose links to what
 * was left out; an expression that had targets and lost them all is left out (it must not turn into "no target").
 */
final class FilteredExportSource implements ExportSource {

    private final ExportSource base;
    private final List<ImageRecord> images;
    private final boolean includeSuggestions;
    private final CategoryMapping.Applied mapping;
    private final Counter counter;
    private final String split;

    /** Shared across the splits of one export: images done, expressions left out, progress listener. */
    static final class Counter {
        final AtomicLong done = new AtomicLong();
        final AtomicLong annotations = new AtomicLong();
        final AtomicLong droppedExpressions = new AtomicLong();
        final long total;
        final ExportProgress progress;

        Counter(long total, ExportProgress progress) {
            this.total = total;
            this.progress = progress;
        }
    }

    FilteredExportSource(ExportSource base, List<ImageRecord> images, boolean includeSuggestions,
                         CategoryMapping.Applied mapping, Counter counter, String split) {
        this.base = base;
        this.images = List.copyOf(images);
        this.includeSuggestions = includeSuggestions;
        this.mapping = mapping;
        this.counter = counter;
        this.split = split;
    }

    @Override
    public List<Category> categories() {
        return mapping.categories();
    }

    @Override
    public List<ImageRecord> images() {
        return images;
    }

    @Override
    public ImageContent content(ImageRecord image) {
        ImageContent c = base.content(image);
        List<Annotation> kept = new ArrayList<>(c.annotations().size());
        Set<Long> keptIds = new HashSet<>();
        for (Annotation a : c.annotations()) {
            Long category = mapping.idMap().get(a.categoryId());
            if (category == null || a.review() == Review.REJECTED
                    || (a.review() == Review.SUGGESTED && !includeSuggestions)) {
                continue;
            }
            kept.add(category == a.categoryId() ? a : a.withCategory(category));
            keptIds.add(a.id());
        }
        List<GroundedPhrase> phrases = new ArrayList<>();
        for (GroundedPhrase p : c.phrases()) {
            List<Long> links = p.annotationIds().stream().filter(keptIds::contains).toList();
            if (links.size() == p.annotationIds().size()) {
                phrases.add(p);
            } else if (!links.isEmpty()) {
                phrases.add(new GroundedPhrase(p.id(), p.captionId(), p.start(), p.end(), links));
            }
        }
        List<ReferringExpression> expressions = new ArrayList<>();
        for (ReferringExpression e : c.expressions()) {
            List<Long> targets = e.targetIds().stream().filter(keptIds::contains).toList();
            if (targets.size() == e.targetIds().size()) {
                expressions.add(e);
            } else if (!targets.isEmpty()) {
                expressions.add(new ReferringExpression(e.id(), e.imageId(), e.text(), targets, e.domain()));
            } else {
                counter.droppedExpressions.incrementAndGet();
            }
        }
        counter.annotations.addAndGet(kept.size());
        counter.progress.imagesDone(split, counter.done.incrementAndGet(), counter.total);
        return new ImageContent(image, kept, c.captions(), phrases, expressions, c.promptRecords());
    }
}
