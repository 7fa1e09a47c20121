package dev.promptcanvas.annotations.store;

import java.util.Set;

/**
 * What one commit, undo or redo changed, so views refresh only what they show.
 *
 * @param kind whether an edit was applied, undone or redone
 * @param label the command's label
 * <p>{@link Entity#IMAGES} is touched, with the image ids, when images are added or deleted, marked done or not
 * done, or gain their first or lose their last annotation: whenever an image's {@link ImageStatus} may have
 * changed. Annotation counts and categories shown per image follow {@link Entity#ANNOTATIONS}.
 *
 * @param entities the kinds of data that changed
 * @param imageIds the images whose data changed (empty when {@code allImages})
 * @param allImages true when too many images changed to list, or a change (e.g. a category merge) reaches all
 */
public record StoreChange(Kind kind, String label, Set<Entity> entities, Set<Long> imageIds, boolean allImages) {

    /** How the change came about. */
    public enum Kind { APPLY, UNDO, REDO }

    /** A kind of stored data. */
    public enum Entity { IMAGES, CATEGORIES, ANNOTATIONS, CAPTIONS, PHRASES, EXPRESSIONS, PROMPT_RECORDS, PREFERENCES }

    public StoreChange {
        entities = Set.copyOf(entities);
        imageIds = allImages ? Set.of() : Set.copyOf(imageIds);
    }

    /** Whether data shown for this image may have changed. */
    public boolean affectsImage(long imageId) {
        return allImages || imageIds.contains(imageId);
    }

    public boolean touches(Entity entity) {
        return entities.contains(entity);
    }
}
