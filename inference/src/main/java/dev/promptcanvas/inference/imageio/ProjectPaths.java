package dev.promptcanvas.inference.imageio;

import java.nio.file.Path;

/** Image paths as a project stores them: relative to the project folder with '/' separators when inside it. */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    public static String relativize(Path projectDir, Path file) {
        Path base = projectDir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(base)) {
            return base.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString().replace('\\', '/');
    }

    public static Path resolve(Path projectDir, String storedPath) {
        Path p = Path.of(storedPath);
        return p.isAbsolute() ? p : projectDir.resolve(storedPath);
    }
}
