package dev.promptcanvas.ui.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where PromptCanvas keeps its own files: settings (recent projects, keymap) and data (sample project, models).
 *
 * <p>Linux follows XDG ({@code ~/.config/promptcanvas}, {@code ~/.local/share/promptcanvas}); Windows uses
 * {@code %APPDATA%\PromptCanvas}; macOS {@code ~/Library/Application Support/PromptCanvas}. The environment variable
 * {@code PROMPTCANVAS_HOME} (or the system property {@code promptcanvas.user.home}) puts both under one folder.
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path config() {
        Path override = override();
        if (override != null) {
            return override.resolve("config");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return windowsBase();
        } else if (os.contains("mac")) {
            return macBase();
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home().resolve(".config")).resolve("promptcanvas");
    }

    public static Path data() {
        Path override = override();
        if (override != null) {
            return override.resolve("data");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return windowsBase();
        } else if (os.contains("mac")) {
            return macBase();
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home().resolve(".local/share")).resolve("promptcanvas");
    }

    /** Where the bundled sample project is installed on first launch. */
    public static Path sampleProject() {
        return data().resolve("sample-project");
    }

    private static Path override() {
        String p = System.getProperty("promptcanvas.user.home");
        if (p == null || p.isBlank()) {
            p = System.getenv("PROMPTCANVAS_HOME");
        }
        return p == null || p.isBlank() ? null : Path.of(p);
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private static Path windowsBase() {
        String appData = System.getenv("APPDATA");
        return (appData != null ? Path.of(appData) : home()).resolve("PromptCanvas");
    }

    private static Path macBase() {
        return home().resolve("Library/Application Support/PromptCanvas");
    }
}
