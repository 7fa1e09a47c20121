package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.util.List;

/**
 * Removes images from the project with their annotations, captions, phrases, referring expressions and prompt
 * records (the image files stay on disk); returns the deleted images.
 */
public record DeleteImages(List<Long> imageIds) implements Command<List<ImageRecord>> {

    public DeleteImages {
        imageIds = List.copyOf(imageIds);
    }

    @Override
    public String label() {
        return imageIds.size() == 1 ? "Delete image" : "Delete " + imageIds.size() + " images";
    }

    @Override
    public List<ImageRecord> execute(Edit edit) throws StoreException {
        return edit.deleteImages(imageIds);
    }
}
