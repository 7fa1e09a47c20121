package dev.promptcanvas.ui.help;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;

/**
 * With {@code -Dpromptcanvas.startupLog=true}, prints how long after the process started the main window was first
 * shown and laid out (the end of the first layout pulse after {@code Stage.show()}): the cold-start figure
 * docs/installing.md reports. The process start comes from the OS ({@link ProcessHandle}), so JVM boot counts.
 */
public final class StartupLog {

    private StartupLog() {
    }

    /** Call right after the stage is shown; prints one line after the scene's next layout pulse. */
    public static void afterShown(Scene scene) {
        if (!Boolean.getBoolean("promptcanvas.startupLog")) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("startup: window shown and laid out " + sinceProcessStart() + " ms after process start");
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Milliseconds since this process started, or -1 where the OS does not say. */
    public static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }
}
