package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.export.CategoryMapping;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the export form's "old=new, other=" label renames into a {@link CategoryMapping}. */
final class LabelRenames {

    private LabelRenames() {
    }

    /** Blank text: no renames. Throws IllegalArgumentException naming the entry that is not old=new. */
    static CategoryMapping parse(String text) {
        Map<String, String> renames = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String entry : text.split(",")) {
                String e = entry.trim();
                if (e.isEmpty()) {
                    continue;
                }
                int eq = e.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("Rename labels: '" + e + "' is not old=new (old= drops it)");
                }
                String old = e.substring(0, eq).trim();
                if (renames.put(old, e.substring(eq + 1).trim()) != null) {
                    throw new IllegalArgumentException("Rename labels: '" + old + "' is renamed twice");
                }
            }
        }
        return new CategoryMapping(renames);
    }
}
