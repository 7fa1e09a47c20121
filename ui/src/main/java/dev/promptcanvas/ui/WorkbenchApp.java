package dev.promptcanvas.ui;

import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import dev.promptcanvas.inference.imageio.ProjectInitializer;
import dev.promptcanvas.ui.settings.RecentProjects;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/** The JavaFX application: one window showing one project at a time (File → Open folder switches). */
public final class WorkbenchApp extends Application implements WorkbenchActions.Host {

    private Stage stage;
    private Scene scene;
    private ProjectStore store;
    private WorkbenchWindow window;
    private final Themes themes = new Themes();

    /** Launches JavaFX on the given project and blocks until the window closes. */
    public static void launchOn(Path project) {
        Application.launch(WorkbenchApp.class, project.toAbsolutePath().toString());
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        scene = new Scene(new javafx.scene.layout.Pane(), 1360, 860);
        themes.apply(scene);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(File::isDirectory)) {
                e.acceptTransferModes(TransferMode.LINK);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.getDragboard().getFiles().stream().filter(File::isDirectory).findFirst()
                    .ifPresent(f -> open(f.toPath()));
            e.setDropCompleted(true);
            e.consume();
        });
        stage.setScene(scene);
        open(Path.of(getParameters().getRaw().get(0)));
        stage.show();
        dev.promptcanvas.ui.help.StartupLog.afterShown(scene);
        new dev.promptcanvas.ui.help.FirstRunGuide(dev.promptcanvas.ui.help.FirstRunGuide.Places.standard(),
                dev.promptcanvas.ui.help.FirstRun.standard()).showIfDue(stage);
        SmokeHooks.afterShown(scene);
        DemoScript.startIfRequested(this, scene);
    }

    @Override
    public void open(Path project) {
        ProjectStore next;
        try {
            if (!ProjectStore.isProject(project)) {
                ProjectInitializer.initialize(project);
            }
            next = openStore(project);
        } catch (Exception e) {
            error("Cannot open " + project, e.getMessage());
            return;
        }
        if (window != null) {
            window.dispose();
        }
        if (store != null) {
            store.close();
        }
        store = next;
        window = new WorkbenchWindow(store, this);
        scene.setRoot(window.root());
        window.attach(scene);
        stage.setTitle("PromptCanvas — " + project.toAbsolutePath().normalize().getFileName()
                + (store.isReadOnly() ? " (read-only)" : ""));
        RecentProjects.standard().remember(project);
    }

    private static ProjectStore openStore(Path project) throws StoreException {
        try {
            return ProjectStore.open(project);
        } catch (StoreException e) {
            if (Files.isRegularFile(project.resolve(ProjectStore.DB_FILE))) {
                return ProjectStore.openReadOnly(project);
            }
            throw e;
        }
    }

    @Override
    public void openFolderDialog() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of images (it becomes a project if it is not one)");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            open(dir.toPath());
        }
    }

    @Override
    public List<Path> recentProjects() {
        return RecentProjects.standard().list();
    }

    @Override
    public void toggleTheme() {
        themes.toggle(scene);
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (store != null) {
            store.close();
        }
    }

    /** The window showing the current project (tests drive it). */
    WorkbenchWindow window() {
        return window;
    }

    private void error(String header, String detail) {
        if (stage.isShowing()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, detail);
            alert.initOwner(stage);
            alert.setHeaderText(header);
            alert.show();
        } else {
            System.err.println("promptcanvas: " + header + ": " + detail);
        }
    }
}
