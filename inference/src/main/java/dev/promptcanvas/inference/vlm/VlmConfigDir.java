package dev.promptcanvas.inference.vlm;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The settings folder, resolved as the workbench's {@code AppDirs.config()} does (inference cannot see the UI
 * module): {@code promptcanvas.user.home} / {@code PROMPTCANVAS_HOME} → {@code <that>/config}; Windows
 * {@code %APPDATA%\PromptCanvas}; macOS {@code ~/Library/Application Support/PromptCanvas}; elsewhere
 * {@code $XDG_CONFIG_HOME/promptcanvas} or {@code ~/.config/promptcanvas}.
 */
public final class VlmConfigDir {

    private VlmConfigDir() {
    }

    /** The settings folder of this process. */
    public static Path config() {
        return config(System.getenv(), System.getProperty("promptcanvas.user.home"), System.getProperty("user.home"),
                System.getProperty("os.name", ""));
    }

    /** The settings folder for the given environment, property, home folder and OS name. */
    public static Path config(Map<String, String> env, String homeProperty, String userHome, String osName) {
        String override = homeProperty == null || homeProperty.isBlank() ? env.get("PROMPTCANVAS_HOME") : homeProperty;
        if (override != null && !override.isBlank()) {
            return Path.of(override, "config");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(userHome)).resolve("PromptCanvas");
        } else if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "PromptCanvas");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config")).resolve("promptcanvas");
    }
}
