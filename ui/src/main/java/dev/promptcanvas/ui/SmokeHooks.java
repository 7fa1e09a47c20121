package dev.promptcanvas.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Hooks for scripted runs (smoke tests, README screenshots), off unless their system properties are set:
 * {@code promptcanvas.screenshot=FILE.png} saves the window after it settles; {@code promptcanvas.exitAfterMs=N}
 * closes the application N ms after the window is shown.
 */
final class SmokeHooks {

    private SmokeHooks() {
    }

    static void afterShown(Scene scene) {
        System.out.println("PromptCanvas window shown");
        String shot = System.getProperty("promptcanvas.screenshot");
        String exitAfter = System.getProperty("promptcanvas.exitAfterMs");
        long delay = exitAfter == null ? 1500 : Math.max(200, Long.parseLong(exitAfter));
        if (shot != null) {
            after(Math.max(200, delay - 100), () -> save(scene, Path.of(shot)));
        }
        if (exitAfter != null) {
            after(delay, Platform::exit);
        }
    }

    static void save(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println("Screenshot saved to " + file);
        } catch (IOException e) {
            System.err.println("promptcanvas: cannot save screenshot " + file + ": " + e.getMessage());
        }
    }

    private static void after(long ms, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(ms));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
