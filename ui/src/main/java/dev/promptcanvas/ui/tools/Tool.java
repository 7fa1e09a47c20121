package dev.promptcanvas.ui.tools;

import java.util.List;

/**
 * One drawing, editing or prompt tool. The viewer routes pointer and key input to the active tool; the tool emits
 * shapes, edits or prompts through its {@link ToolContext}. Tools hold only their in-progress state.
 */
public interface Tool {

    /** The tool's id, as in the keymap and the toolbar. */
    ToolId id();

    default void pressed(ToolInput e) {
    }

    default void dragged(ToolInput e) {
    }

    default void released(ToolInput e) {
    }

    default void moved(ToolInput e) {
    }

    /** Returns true when the key was used. */
    default boolean key(ToolKey key) {
        return false;
    }

    /** What to draw for the work in progress. */
    default List<PreviewShape> preview() {
        return List.of();
    }

    /** Drops the work in progress (tool switched, image switched). */
    default void cancel() {
    }
}
