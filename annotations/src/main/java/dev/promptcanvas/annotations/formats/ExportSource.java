package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The data a writer exports, read one image at a time so that large projects stream with bounded memory: the image
 * list and categories are held, everything else is fetched per image by {@link #content(ImageRecord)}.
 *
 * <p>Writers must call {@code content} at most once per image and in {@link #images()} order where they can (a
 * project-backed source reads the database for each call; progress is reported from these calls).
 */
public interface ExportSource {

    List<Category> categories();

    /** The images to export, in export order. */
    List<ImageRecord> images();

    /** Everything attached to one image of {@link #images()}. */
    ImageContent content(ImageRecord image);

    /** An in-memory dataset as a source. */
    static ExportSource of(Dataset dataset) {
        return new DatasetExportSource(dataset);
    }

    /** Reads the whole source into memory (for writers that need random access; avoid on large projects). */
    default Dataset materialize() {
        List<ImageRecord> images = images();
        List<dev.promptcanvas.annotations.model.Annotation> annotations = new ArrayList<>();
        List<dev.promptcanvas.annotations.model.Caption> captions = new ArrayList<>();
        List<dev.promptcanvas.annotations.model.GroundedPhrase> phrases = new ArrayList<>();
        List<dev.promptcanvas.annotations.model.ReferringExpression> expressions = new ArrayList<>();
        List<dev.promptcanvas.annotations.prompt.PromptRecord> records = new ArrayList<>();
        for (ImageRecord image : images) {
            ImageContent c = content(image);
            annotations.addAll(c.annotations());
            captions.addAll(c.captions());
            phrases.addAll(c.phrases());
            expressions.addAll(c.expressions());
            records.addAll(c.promptRecords());
        }
        return new Dataset(images, categories(), annotations, captions, phrases, expressions, records);
    }
}
