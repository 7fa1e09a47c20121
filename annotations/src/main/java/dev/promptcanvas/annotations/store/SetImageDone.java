package dev.promptcanvas.annotations.store;

import java.util.List;

/**
 * Marks images done (or takes the mark away); returns the ids of the images whose flag changed. Images already in
 * the asked state are left alone, so a command that changes nothing leaves no undo step.
 */
public record SetImageDone(List<Long> imageIds, boolean done) implements Command<List<Long>> {

    public SetImageDone {
        imageIds = List.copyOf(imageIds);
    }

    @Override
    public String label() {
        String what = imageIds.size() == 1 ? "image" : imageIds.size() + " images";
        return done ? "Mark " + what + " done" : "Mark " + what + " not done";
    }

    @Override
    public List<Long> execute(Edit edit) throws StoreException {
        return edit.setImagesDone(imageIds, done);
    }
}
