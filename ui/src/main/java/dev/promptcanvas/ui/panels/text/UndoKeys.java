package dev.promptcanvas.ui.panels.text;

import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) in a text field: while the field holds unsaved typing they undo that typing, as
 * usual; once everything is saved they undo and redo the project's edits, as everywhere else in the workbench.
 */
final class UndoKeys {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoKeys() {
    }

    static void install(TextInputControl field, WorkbenchSession session, BooleanSupplier unsaved) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (unsaved.getAsBoolean()) {
                return;
            }
            if (UNDO.match(e)) {
                session.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_ALT.match(e)) {
                session.redo();
                e.consume();
            }
        });
    }
}
