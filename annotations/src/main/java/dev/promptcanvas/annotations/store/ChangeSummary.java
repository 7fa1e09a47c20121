package dev.promptcanvas.annotations.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a step touched (kinds of data and images), built while a command runs and stored with the step so undo
 * and redo can report the same {@link StoreChange}. Stored as {@code {"entities":[...],"images":[...],"all":b}}.
 */
final class ChangeSummary {

    /** Past this many images a change is reported as touching all images. */
    static final int MAX_IMAGE_IDS = 1000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Set<StoreChange.Entity> entities = EnumSet.noneOf(StoreChange.Entity.class);
    private final Set<Long> imageIds = new TreeSet<>();
    private boolean allImages;

    void touch(StoreChange.Entity entity) {
        entities.add(entity);
    }

    void touch(StoreChange.Entity entity, long imageId) {
        entities.add(entity);
        if (!allImages) {
            imageIds.add(imageId);
            if (imageIds.size() > MAX_IMAGE_IDS) {
                touchAllImages(entity);
            }
        }
    }

    void touchAllImages(StoreChange.Entity entity) {
        entities.add(entity);
        allImages = true;
        imageIds.clear();
    }

    String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode e = root.putArray("entities");
        entities.forEach(x -> e.add(x.name()));
        ArrayNode images = root.putArray("images");
        imageIds.forEach(images::add);
        root.put("all", allImages);
        return root.toString();
    }

    static StoreChange toChange(StoreChange.Kind kind, String label, String json) {
        Set<StoreChange.Entity> entities = EnumSet.noneOf(StoreChange.Entity.class);
        Set<Long> images = new TreeSet<>();
        boolean all = true;
        try {
            JsonNode root = MAPPER.readTree(json);
            root.path("entities").forEach(n -> entities.add(StoreChange.Entity.valueOf(n.asText())));
            root.path("images").forEach(n -> images.add(n.asLong()));
            all = root.path("all").asBoolean(true);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            entities.addAll(EnumSet.allOf(StoreChange.Entity.class));
        }
        return new StoreChange(kind, label, entities, images, all);
    }
}
