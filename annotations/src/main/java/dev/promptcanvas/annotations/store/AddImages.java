package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.util.List;

/** Adds images (paths new to the project); returns them with their project ids. */
public record AddImages(List<ImageRecord> images) implements Command<List<ImageRecord>> {

    public AddImages {
        images = List.copyOf(images);
    }

    @Override
    public String label() {
        return images.size() == 1 ? "Add image " + images.get(0).fileName() : "Add " + images.size() + " images";
    }

    @Override
    public List<ImageRecord> execute(Edit edit) throws StoreException {
        return edit.addImages(images);
    }
}
