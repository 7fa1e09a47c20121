package dev.promptcanvas.ui.help;

import dev.promptcanvas.ui.settings.AppDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the first-run guide should open at start: until it is dismissed, a flag file in the config folder. */
public final class FirstRun {

    /** The flag file's name in {@link AppDirs#config()}. */
    public static final String FLAG = "first-run-guide-dismissed";

    private final Path flag;

    public FirstRun(Path configDir) {
        this.flag = configDir.resolve(FLAG);
    }

    /** The user's standard config folder. */
    public static FirstRun standard() {
        return new FirstRun(AppDirs.config());
    }

    /** True until {@link #dismiss()} was called once (in any session). */
    public boolean guideDue() {
        return !Files.exists(flag);
    }

    /** Remembers that the guide need not open at start any more. */
    public void dismiss() {
        try {
            Files.createDirectories(flag.getParent());
            if (!Files.exists(flag)) {
                Files.writeString(flag, "The first-run guide was dismissed; Help → First-run guide reopens it.\n");
            }
        } catch (IOException e) {
            System.err.println("promptcanvas: cannot write " + flag + ": " + e.getMessage());
        }
    }

    /** Makes the guide open at the next start again. */
    public void reset() throws IOException {
        Files.deleteIfExists(flag);
    }
}
