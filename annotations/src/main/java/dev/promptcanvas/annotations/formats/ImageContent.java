package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.util.List;
import java.util.Optional;

/**
 * Everything attached to one image: its annotations, captions, the grounded phrases of those captions, referring
 * expressions and prompt records. Ids are those of the {@link ExportSource} it came from.
 */
public record ImageContent(ImageRecord image, List<Annotation> annotations, List<Caption> captions,
                           List<GroundedPhrase> phrases, List<ReferringExpression> expressions,
                           List<PromptRecord> promptRecords) {

    public ImageContent {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        captions = captions == null ? List.of() : List.copyOf(captions);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        expressions = expressions == null ? List.of() : List.copyOf(expressions);
        promptRecords = promptRecords == null ? List.of() : List.copyOf(promptRecords);
    }

    public static ImageContent empty(ImageRecord image) {
        return new ImageContent(image, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Annotation> annotation(long id) {
        return annotations.stream().filter(a -> a.id() == id).findFirst();
    }

    public Optional<PromptRecord> promptRecord(long id) {
        return promptRecords.stream().filter(p -> p.id() == id).findFirst();
    }

    /** The phrases of one caption, in span order. */
    public List<GroundedPhrase> phrasesOf(long captionId) {
        return phrases.stream().filter(p -> p.captionId() == captionId)
                .sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                        : Integer.compare(a.end(), b.end()))
                .toList();
    }
}
