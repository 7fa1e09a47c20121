package dev.promptcanvas.ui;

import javafx.scene.Scene;

/** Light and dark themes: Modena plus our stylesheet, and a dark overlay that re-derives Modena's colours. */
final class Themes {

    private static final String BASE = WorkbenchApp.class.getResource("workbench.css").toExternalForm();
    private static final String DARK = WorkbenchApp.class.getResource("dark.css").toExternalForm();
    private boolean dark = Boolean.getBoolean("promptcanvas.dark");

    void apply(Scene scene) {
        scene.getStylesheets().setAll(BASE);
        if (dark) {
            scene.getStylesheets().add(DARK);
        }
    }

    void toggle(Scene scene) {
        dark = !dark;
        apply(scene);
    }
}
