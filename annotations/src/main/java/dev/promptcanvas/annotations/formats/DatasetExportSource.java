package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** An {@link ExportSource} over an in-memory {@link Dataset}, grouped by image once. */
final class DatasetExportSource implements ExportSource {

    private final Dataset dataset;
    private final Map<Long, List<Annotation>> annotations;
    private final Map<Long, List<Caption>> captions;
    private final Map<Long, List<GroundedPhrase>> phrasesByCaption;
    private final Map<Long, List<ReferringExpression>> expressions;
    private final Map<Long, List<PromptRecord>> promptRecords;

    DatasetExportSource(Dataset dataset) {
        this.dataset = dataset;
        this.annotations = group(dataset.annotations(), Annotation::imageId);
        this.captions = group(dataset.captions(), Caption::imageId);
        this.phrasesByCaption = group(dataset.phrases(), GroundedPhrase::captionId);
        this.expressions = group(dataset.expressions(), ReferringExpression::imageId);
        this.promptRecords = group(dataset.promptRecords(), PromptRecord::imageId);
    }

    private static <T> Map<Long, List<T>> group(List<T> items, ToLongFunction<T> key) {
        Map<Long, List<T>> map = new HashMap<>();
        for (T item : items) {
            map.computeIfAbsent(key.applyAsLong(item), k -> new ArrayList<>()).add(item);
        }
        return map;
    }

    @Override
    public List<Category> categories() {
        return dataset.categories();
    }

    @Override
    public List<ImageRecord> images() {
        return dataset.images();
    }

    @Override
    public ImageContent content(ImageRecord image) {
        List<Caption> imageCaptions = captions.getOrDefault(image.id(), List.of());
        List<GroundedPhrase> phrases = new ArrayList<>();
        for (Caption caption : imageCaptions) {
            phrases.addAll(phrasesByCaption.getOrDefault(caption.id(), List.of()));
        }
        return new ImageContent(image, annotations.getOrDefault(image.id(), List.of()), imageCaptions, phrases,
                expressions.getOrDefault(image.id(), List.of()), promptRecords.getOrDefault(image.id(), List.of()));
    }

    @Override
    public Dataset materialize() {
        return dataset;
    }
}
