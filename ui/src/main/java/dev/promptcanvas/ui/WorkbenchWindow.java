package dev.promptcanvas.ui;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.ui.viewer.ImageViewer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The workbench layout: image browser, viewer, label and annotation panels, status bar. */
final class WorkbenchWindow {

    private final ProjectStore store;
    private final BorderPane root = new BorderPane();
    private final ImageViewer viewer = new ImageViewer();
    private final ListView<ImageRecord> imageList = new ListView<>();
    private final ListView<Annotation> annotationList = new ListView<>();
    private final ListView<String> textList = new ListView<>();
    private final Label status = new Label();
    private final Map<Long, Category> categories = new HashMap<>();

    WorkbenchWindow(ProjectStore store, boolean readOnly) {
        this.store = store;
        store.categories().forEach(c -> categories.put(c.id(), c));
        root.setTop(new VBox(menuBar(), readOnly ? banner("Read-only: this project cannot be changed here.") : new Region()));
        SplitPane split = new SplitPane(imageBrowser(), viewer, panels());
        split.setDividerPositions(0.18, 0.78);
        root.setCenter(split);
        root.setBottom(statusBar());
        imageList.getSelectionModel().selectedItemProperty().addListener((obs, old, img) -> showImage(img));
        annotationList.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, a) -> viewer.select(a == null ? -1 : a.id()));
    }

    Parent root() {
        return root;
    }

    void showFirstImage() {
        if (!imageList.getItems().isEmpty()) {
            imageList.getSelectionModel().select(0);
        }
    }

    private MenuBar menuBar() {
        MenuItem next = new MenuItem("Next image");
        next.setAccelerator(new KeyCodeCombination(KeyCode.PAGE_DOWN));
        next.setOnAction(e -> imageList.getSelectionModel().selectNext());
        MenuItem previous = new MenuItem("Previous image");
        previous.setAccelerator(new KeyCodeCombination(KeyCode.PAGE_UP));
        previous.setOnAction(e -> imageList.getSelectionModel().selectPrevious());
        MenuItem fit = new MenuItem("Fit to window");
        fit.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fit.setOnAction(e -> viewer.fit());
        MenuItem actual = new MenuItem("Actual size (100 %)");
        actual.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        actual.setOnAction(e -> viewer.actualSize());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        return new MenuBar(new Menu("File", null, quit), new Menu("View", null, next, previous, fit, actual));
    }

    private static Parent banner(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("banner");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Parent imageBrowser() {
        FilteredList<ImageRecord> filtered = new FilteredList<>(FXCollections.observableArrayList(store.images()));
        TextField filter = new TextField();
        filter.setPromptText("Filter by name");
        filter.textProperty().addListener((obs, old, text) -> {
            String needle = text.toLowerCase(Locale.ROOT);
            filtered.setPredicate(img -> needle.isEmpty() || img.path().toLowerCase(Locale.ROOT).contains(needle));
        });
        imageList.setItems(filtered);
        imageList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ImageRecord img, boolean empty) {
                super.updateItem(img, empty);
                setText(empty || img == null ? null : img.fileName() + "   " + img.width() + "×" + img.height());
            }
        });
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(filtered).asString("%d image(s)"));
        VBox box = new VBox(6, filter, imageList, count);
        box.setPadding(new Insets(6));
        VBox.setVgrow(imageList, Priority.ALWAYS);
        return box;
    }

    private Parent panels() {
        ListView<Category> labels = new ListView<>(FXCollections.observableArrayList(store.categories()));
        labels.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Category parent = c.parentId() == null ? null : categories.get(c.parentId());
                    setText(c.name() + (parent == null ? "" : "  (part of " + parent.name() + ")"));
                    setGraphic(new Rectangle(12, 12, Color.web(c.color())));
                }
            }
        });
        annotationList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Category c = categories.get(a.categoryId());
                    setText((c == null ? "?" : c.name()) + "  ·  " + a.geometry().kind()
                            + (a.source().isHuman() ? "" : "  ·  " + a.source().modelId()));
                    setGraphic(new Rectangle(12, 12, c == null ? Color.GRAY : Color.web(c.color())));
                }
            }
        });
        TabPane tabs = new TabPane(new Tab("Annotations", annotationList), new Tab("Labels", labels),
                new Tab("Text", textList));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Parent statusBar() {
        Label position = new Label();
        position.textProperty().bind(viewer.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, position);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    private void showImage(ImageRecord img) {
        if (img == null) {
            viewer.show(null, "No image");
            return;
        }
        Path file = Path.of(img.path()).isAbsolute() ? Path.of(img.path()) : store.directory().resolve(img.path());
        List<Annotation> annotations = store.annotations(img.id());
        annotationList.setItems(FXCollections.observableArrayList(annotations));
        List<String> texts = new java.util.ArrayList<>();
        for (Caption c : store.captions(img.id())) {
            texts.add("Caption: " + c.text());
        }
        for (ReferringExpression e : store.expressions(img.id())) {
            texts.add("Expression: \"" + e.text() + "\" → " + (e.isNoTarget() ? "no target"
                    : e.targetIds().size() + " target(s)") + (e.domain() == null ? "" : "  [" + e.domain() + "]"));
        }
        textList.setItems(FXCollections.observableArrayList(texts));
        status.setText(img.path() + "  ·  " + annotations.size() + " annotation(s)");
        if (!Files.isRegularFile(file)) {
            viewer.show(null, "Image file is missing: " + file);
        } else {
            Image image = new Image(file.toUri().toString());
            viewer.show(image.isError() ? null : image, image.isError()
                    ? "Cannot read " + file.getFileName() + ": " + image.getException().getMessage() : null);
        }
        viewer.setAnnotations(annotations, id -> {
            Category c = categories.get(id);
            return c == null ? Color.ORANGE : Color.web(c.color());
        });
    }
}
