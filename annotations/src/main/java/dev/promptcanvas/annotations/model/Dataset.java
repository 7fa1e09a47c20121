package dev.promptcanvas.annotations.model;

import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.util.List;

/**
 * A self-contained set of annotation data: what a format reader produces and a writer consumes.
 *
 * <p>Ids are local to the dataset but must be consistent inside it (an annotation's imageId names one of
 * {@link #images()}, and so on). The project store remaps them when it imports a dataset.
 */
public record Dataset(List<ImageRecord> images, List<Category> categories, List<Annotation> annotations,
                      List<Caption> captions, List<GroundedPhrase> phrases, List<ReferringExpression> expressions,
                      List<PromptRecord> promptRecords) {

    public Dataset {
        images = List.copyOf(images);
        categories = List.copyOf(categories);
        annotations = List.copyOf(annotations);
        captions = captions == null ? List.of() : List.copyOf(captions);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        expressions = expressions == null ? List.of() : List.copyOf(expressions);
        promptRecords = promptRecords == null ? List.of() : List.copyOf(promptRecords);
    }

    /** Images, categories and annotations only. */
    public static Dataset of(List<ImageRecord> images, List<Category> categories, List<Annotation> annotations) {
        return new Dataset(images, categories, annotations, List.of(), List.of(), List.of(), List.of());
    }

    public static Dataset empty() {
        return of(List.of(), List.of(), List.of());
    }
}
