package dev.promptcanvas.annotations.model;

/**
 * A label.
 *
 * @param id project-wide id (0 before it is stored)
 * @param name unique name
 * @param color display colour as #RRGGBB
 * @param parentId the whole this is a part of (e.g. "wheel" of "car"), or null
 * @param supercategory COCO's supercategory, or null
 */
public record Category(long id, String name, String color, Long parentId, String supercategory) {

    public Category {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("category: name is required");
        }
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            color = Palette.colorFor(name);
        }
    }

    public static Category named(String name) {
        return new Category(0, name, null, null, null);
    }

    public Category withId(long newId) {
        return new Category(newId, name, color, parentId, supercategory);
    }
}
