package dev.promptcanvas.ui.actions;

import dev.promptcanvas.ui.tools.ToolId;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Key bindings: defaults from {@link ActionId} and {@link ToolId}, overridden by a {@code keymap.properties} file
 * (lines like {@code undo=Shortcut+Z}, {@code tool.box=B}, {@code label.1=1}). Key strings use JavaFX's
 * {@code KeyCombination} syntax. Unknown ids and bad lines are reported, not fatal.
 */
public final class Keymap {

    private final Map<String, String> bindings = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private Keymap() {
        for (ActionId a : ActionId.values()) {
            bindings.put(a.key(), a.defaultKeys());
        }
        for (ToolId t : ToolId.values()) {
            bindings.put(toolKey(t), t.defaultKey());
        }
        for (int i = 1; i <= 9; i++) {
            bindings.put("label." + i, Integer.toString(i));
        }
    }

    public static Keymap defaults() {
        return new Keymap();
    }

    /** Defaults overridden by the file, when it exists. */
    public static Keymap load(Path file) {
        Keymap keymap = new Keymap();
        if (!Files.isRegularFile(file)) {
            return keymap;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            keymap.problems.add(file + ": cannot be read (" + e.getMessage() + "); using the default keys");
            return keymap;
        }
        for (String name : p.stringPropertyNames()) {
            String id = name.strip().toLowerCase(Locale.ROOT);
            String keys = p.getProperty(name).strip();
            if (!keymap.bindings.containsKey(id)) {
                keymap.problems.add(file + ": " + name + ": unknown action (see Help → Shortcuts for the ids)");
            } else if (keys.isEmpty()) {
                keymap.problems.add(file + ": " + name + ": no keys given");
            } else {
                keymap.bindings.put(id, keys);
            }
        }
        return keymap;
    }

    public static String toolKey(ToolId t) {
        return "tool." + t.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String keysFor(ActionId a) {
        return bindings.get(a.key());
    }

    public String keysFor(ToolId t) {
        return bindings.get(toolKey(t));
    }

    /** Keys that select the n-th label (1–9). */
    public String keysForLabel(int n) {
        return bindings.get("label." + n);
    }

    /** All bindings, id → keys, in a stable order (for Help → Shortcuts and the file template). */
    public Map<String, String> all() {
        return Map.copyOf(bindings);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Ids bound to the same keys (a conflict the user should fix). */
    public List<String> conflicts() {
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : bindings.entrySet()) {
            String k = e.getValue().toLowerCase(Locale.ROOT);
            if (seen.containsKey(k)) {
                out.add(e.getValue() + ": " + seen.get(k) + " and " + e.getKey());
            } else {
                seen.put(k, e.getKey());
            }
        }
        return out;
    }
}
