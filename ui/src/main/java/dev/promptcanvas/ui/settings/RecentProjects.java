package dev.promptcanvas.ui.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened projects, newest first, kept in a small text file in the settings folder. */
public final class RecentProjects {

    private static final int MAX = 10;
    private final Path file;

    public RecentProjects(Path file) {
        this.file = file;
    }

    public static RecentProjects standard() {
        return new RecentProjects(AppDirs.config().resolve("recent-projects.txt"));
    }

    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts a project first (written atomically; a failure to save is not fatal and is ignored). */
    public void remember(Path project) {
        Path abs = project.toAbsolutePath().normalize();
        List<Path> entries = new ArrayList<>(list());
        entries.remove(abs);
        entries.add(0, abs);
        while (entries.size() > MAX) {
            entries.remove(entries.size() - 1);
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "recent", ".tmp");
            Files.write(tmp, entries.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Recent projects are a convenience; the project itself is unaffected.
        }
    }
}
