package dev.promptcanvas.ui;

import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: opens one project in a workbench window. */
public final class WorkbenchApp extends Application {

    private ProjectStore store;

    /** Launches JavaFX on the given project and blocks until the window closes. */
    public static void launchOn(Path project) {
        Application.launch(WorkbenchApp.class, project.toAbsolutePath().toString());
    }

    @Override
    public void start(Stage stage) throws StoreException {
        Path project = Path.of(getParameters().getRaw().get(0));
        boolean readOnly = false;
        try {
            store = ProjectStore.open(project);
            readOnly = store.isReadOnly();
        } catch (StoreException e) {
            store = ProjectStore.openReadOnly(project);
            readOnly = true;
        }
        WorkbenchWindow window = new WorkbenchWindow(store, readOnly);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("workbench.css").toExternalForm());
        stage.setTitle("PromptCanvas — " + project.getFileName());
        stage.setScene(scene);
        stage.show();
        window.showFirstImage();
        SmokeHooks.afterShown(scene);
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
    }
}
