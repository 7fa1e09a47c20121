package dev.promptcanvas.ui.actions;

/** Every workbench command that has a shortcut, with its label, default keys and icon. Tools are in ToolId. */
public enum ActionId {
    OPEN_FOLDER("Open folder…", "Shortcut+O", "mdi2f-folder-open-outline"),
    QUIT("Quit", "Shortcut+Q", "mdi2e-exit-to-app"),
    UNDO("Undo", "Shortcut+Z", "mdi2u-undo"),
    REDO("Redo", "Shortcut+Shift+Z", "mdi2r-redo"),
    REDO_ALT("Redo (alternative)", "Shortcut+Y", "mdi2r-redo"),
    DELETE("Delete selected", "Delete", "mdi2d-delete-outline"),
    ACCEPT("Accept / finish shape", "Enter", "mdi2c-check"),
    CANCEL("Cancel shape in progress", "Esc", "mdi2c-close"),
    NEXT_IMAGE("Next image", "D", "mdi2c-chevron-right"),
    PREVIOUS_IMAGE("Previous image", "A", "mdi2c-chevron-left"),
    FIT("Fit to window", "Shortcut+0", "mdi2f-fit-to-page-outline"),
    ACTUAL_SIZE("Actual size (100 %)", "Shortcut+1", "mdi2m-magnify-plus-outline"),
    LABEL_PICKER("Pick label…", "Q", "mdi2t-tag-search-outline"),
    BRUSH_SMALLER("Smaller brush", "Open Bracket", "mdi2m-minus"),
    BRUSH_LARGER("Larger brush", "Close Bracket", "mdi2p-plus"),
    NEXT_CANDIDATE("Next mask candidate", "Tab", "mdi2s-swap-horizontal"),
    MARK_DONE("Mark image done", "Shortcut+D", "mdi2c-check-all"),
    TOGGLE_THEME("Dark theme", "Shortcut+T", "mdi2t-theme-light-dark"),
    SHORTCUTS("Keyboard shortcuts", "F1", "mdi2k-keyboard-outline");

    private final String label;
    private final String defaultKeys;
    private final String icon;

    ActionId(String label, String defaultKeys, String icon) {
        this.label = label;
        this.defaultKeys = defaultKeys;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public String defaultKeys() {
        return defaultKeys;
    }

    public String icon() {
        return icon;
    }

    /** The id used in the keymap file, e.g. {@code next-image}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
