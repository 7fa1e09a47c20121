package dev.promptcanvas.app;

import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.app.project.SampleProject;
import dev.promptcanvas.inference.imageio.ProjectInitializer;
import dev.promptcanvas.ui.WorkbenchApp;
import dev.promptcanvas.ui.settings.AppDirs;
import dev.promptcanvas.ui.settings.RecentProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Chooses the project to open (given, last used, else the bundled sample) and starts the JavaFX workbench. */
public final class WorkbenchLauncher {

    /** Opens the workbench and blocks until its window closes; returns the exit code. */
    public int open(Path requested) {
        Path project;
        try {
            project = requested != null ? prepare(requested) : lastProject().orElse(null);
            if (project == null) {
                project = SampleProject.ensureInstalled(AppDirs.sampleProject());
            }
        } catch (Exception e) {
            System.err.println("promptcanvas: cannot open the project: " + e.getMessage());
            return 1;
        }
        RecentProjects.standard().remember(project);
        WorkbenchApp.launchOn(project);
        return 0;
    }

    private static Path prepare(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such folder");
        }
        if (!ProjectStore.isProject(dir)) {
            ProjectInitializer.initialize(dir);
        }
        return dir;
    }

    private static Optional<Path> lastProject() {
        return RecentProjects.standard().list().stream().filter(ProjectStore::isProject).findFirst();
    }
}
