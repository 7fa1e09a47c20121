package dev.promptcanvas.inference.models;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where installed models live: {@code <data>/models}, with the data folder resolved exactly as the workbench's
 * {@code AppDirs.data()} does: the system property {@code promptcanvas.user.home} (or the environment variable
 * {@code PROMPTCANVAS_HOME}) → {@code <that>/data}; Windows {@code %APPDATA%\PromptCanvas}; macOS
 * {@code ~/Library/Application Support/PromptCanvas}; elsewhere {@code $XDG_DATA_HOME/promptcanvas} or
 * {@code ~/.local/share/promptcanvas}.
 */
public final class ModelDirs {

    private ModelDirs() {
    }

    /** The user's model folder for this process's environment. */
    public static Path userModels() {
        return userModels(System.getenv(), System.getProperty("promptcanvas.user.home"),
                System.getProperty("user.home"), System.getProperty("os.name", ""));
    }

    /** The user's model folder for the given environment, property, home folder and OS name (for tests). */
    public static Path userModels(Map<String, String> env, String homeProperty, String userHome, String osName) {
        return data(env, homeProperty, userHome, osName).resolve("models");
    }

    private static Path data(Map<String, String> env, String homeProperty, String userHome, String osName) {
        String override = homeProperty;
        if (override == null || override.isBlank()) {
            override = env.get("PROMPTCANVAS_HOME");
        }
        if (override != null && !override.isBlank()) {
            return Path.of(override, "data");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(userHome)).resolve("PromptCanvas");
        } else if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "PromptCanvas");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share"))
                .resolve("promptcanvas");
    }
}
