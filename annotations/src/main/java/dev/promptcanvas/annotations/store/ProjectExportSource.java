package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.util.ArrayList;
import java.util.List;

/** A project as an {@link ExportSource}: image list and categories up front, the rest read per image. */
public final class ProjectExportSource implements ExportSource {

    private final ProjectView view;
    private final List<ImageRecord> images;
    private final List<Category> categories;

    public ProjectExportSource(ProjectView view) {
        this.view = view;
        this.images = view.images();
        this.categories = view.categories();
    }

    @Override
    public List<Category> categories() {
        return categories;
    }

    @Override
    public List<ImageRecord> images() {
        return images;
    }

    @Override
    public ImageContent content(ImageRecord image) {
        List<Caption> captions = view.captions(image.id());
        List<GroundedPhrase> phrases = new ArrayList<>();
        for (Caption caption : captions) {
            phrases.addAll(view.phrases(caption.id()));
        }
        return new ImageContent(image, view.annotations(image.id()), captions, phrases,
                view.expressions(image.id()), view.promptRecords(image.id()));
    }
}
