package dev.promptcanvas.ui.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Routes key presses to actions. Keys without modifiers are ignored while the user types in a text field, so
 * typing "d" in a filter box never jumps to the next image.
 */
public final class ShortcutDispatcher {

    private final Map<KeyCombination, Runnable> bindings = new LinkedHashMap<>();
    private final Map<KeyCombination, String> names = new LinkedHashMap<>();

    public void bind(String keys, String name, Runnable action) {
        if (keys == null || keys.isBlank()) {
            return;
        }
        KeyCombination combination = KeyCombination.valueOf(keys);
        bindings.put(combination, action);
        names.put(combination, name);
    }

    public void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::dispatch);
    }

    /** Runs the action bound to the event's keys; returns whether one ran. */
    public boolean dispatch(KeyEvent e) {
        Node focus = e.getSource() instanceof Scene s ? s.getFocusOwner() : null;
        boolean typing = focus instanceof TextInputControl;
        for (Map.Entry<KeyCombination, Runnable> b : bindings.entrySet()) {
            if (b.getKey().match(e)) {
                if (typing && !hasModifier(e)) {
                    return false;
                }
                b.getValue().run();
                e.consume();
                return true;
            }
        }
        return false;
    }

    private static boolean hasModifier(KeyEvent e) {
        return e.isControlDown() || e.isMetaDown() || e.isAltDown() || e.isShortcutDown();
    }

    /** Display names of the bound keys, for Help → Shortcuts. */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        names.forEach((k, v) -> out.put(v, k.getDisplayText()));
        return out;
    }
}
