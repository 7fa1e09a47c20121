package dev.promptcanvas.annotations.formats.export;

import dev.promptcanvas.annotations.model.Category;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renames, merges and drops labels on export: old name → new name; several old names to one new name merge them
 * (the first keeps its id and colour); an empty new name drops the label and its annotations.
 */
public record CategoryMapping(Map<String, String> renames) {

    public CategoryMapping {
        renames = Map.copyOf(renames);
    }

    public static CategoryMapping none() {
        return new CategoryMapping(Map.of());
    }

    /** Reads {@code old=new} entries ({@code old=} drops the label); IllegalArgumentException names a bad one. */
    public static CategoryMapping parse(List<String> entries) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (String entry : entries) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + e + "' is not old=new (old= drops the label)");
            }
            String old = e.substring(0, eq).trim();
            if (renames.put(old, e.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("'" + old + "' is renamed twice");
            }
        }
        return new CategoryMapping(renames);
    }

    /** The mapping applied to a category list. */
    public Applied apply(List<Category> categories) {
        Set<String> known = categories.stream().map(Category::name).collect(Collectors.toSet());
        for (String old : renames.keySet()) {
            if (!known.contains(old)) {
                throw new IllegalArgumentException("category mapping " + old + "=" + renames.get(old)
                        + ": the project has no label '" + old + "' (labels: " + String.join(", ", known) + ")");
            }
        }
        Map<String, Category> byNewName = new LinkedHashMap<>();
        Map<Long, Long> idMap = new HashMap<>();
        for (Category c : categories) {
            String name = renames.getOrDefault(c.name(), c.name());
            if (name.isEmpty()) {
                continue;
            }
            Category kept = byNewName.computeIfAbsent(name,
                    n -> new Category(c.id(), n, c.color(), c.parentId(), c.supercategory()));
            idMap.put(c.id(), kept.id());
        }
        List<Category> out = new ArrayList<>();
        for (Category c : byNewName.values()) {
            Long parent = c.parentId() == null ? null : idMap.get(c.parentId());
            out.add(new Category(c.id(), c.name(), c.color(), parent, c.supercategory()));
        }
        return new Applied(List.copyOf(out), Map.copyOf(idMap));
    }

    /**
     * The categories after mapping, and old category id → new category id (absent: dropped).
     */
    public record Applied(List<Category> categories, Map<Long, Long> idMap) {
    }
}
