package dev.promptcanvas.ui.session;

import dev.promptcanvas.annotations.edit.BrushStrokes;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.mask.MaskOps;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.store.AddAnnotation;
import dev.promptcanvas.annotations.store.Command;
import dev.promptcanvas.annotations.store.DeleteAnnotations;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreChange;
import dev.promptcanvas.annotations.store.StoreException;
import dev.promptcanvas.annotations.store.UpdateAnnotation;
import dev.promptcanvas.ui.tools.SelectTool;
import dev.promptcanvas.ui.tools.ToolContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The state of one open project in the workbench — current image, label, selection, hidden annotations — and the
 * one place edits are turned into store commands. Tools talk to it as their {@link ToolContext}.
 */
public final class WorkbenchSession implements ToolContext {

    private final ProjectStore store;
    private final ObservableList<ImageRecord> images = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableSet<Long> hidden = FXCollections.observableSet();
    private final ObservableMap<Long, String> highlighted = FXCollections.observableMap(new java.util.LinkedHashMap<>());
    private final ObjectProperty<ImageRecord> currentImage = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> currentCategory = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty latency = new SimpleStringProperty("Model: –");
    private final Map<Long, Category> categoriesById = new HashMap<>();
    private Runnable repaint = () -> { };
    private DoubleSupplier pixelsPerScreenPixel = () -> 1;
    private Consumer<Prompt> prompts = p -> message.set("Prompt collected: " + p.kind());

    public WorkbenchSession(ProjectStore store) {
        this.store = store;
        images.setAll(store.images());
        reloadCategories();
        if (!categories.isEmpty()) {
            currentCategory.set(categories.get(0));
        }
        currentImage.addListener((obs, old, img) -> {
            selected.set(null);
            hidden.clear();
            highlighted.clear();
            reloadAnnotations();
        });
        store.addListener(this::onStoreChange);
    }

    public ProjectStore store() {
        return store;
    }

    public ObservableList<ImageRecord> images() {
        return images;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObservableList<Annotation> currentAnnotations() {
        return annotations;
    }

    public ObservableSet<Long> hidden() {
        return hidden;
    }

    /**
     * Annotations a panel points at on the canvas (a phrase's regions, an expression's targets), each with a short
     * tag drawn beside it ("" for none); cleared when the image changes.
     */
    public ObservableMap<Long, String> highlighted() {
        return highlighted;
    }

    /** Replaces the highlighted annotations in one change. */
    public void highlight(Map<Long, String> tags) {
        if (!highlighted.equals(tags)) {
            highlighted.clear();
            highlighted.putAll(tags);
        }
    }

    public ObjectProperty<ImageRecord> currentImageProperty() {
        return currentImage;
    }

    public ObjectProperty<Category> currentCategoryProperty() {
        return currentCategory;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The last model's timings, for the status bar ("Model: –" until one runs). */
    public StringProperty latencyProperty() {
        return latency;
    }

    public Optional<Category> category(long id) {
        return Optional.ofNullable(categoriesById.get(id));
    }

    /** The viewer supplies repaints and its zoom; the prompt session receives prompts. */
    public void connect(Runnable repaintAction, DoubleSupplier zoom, Consumer<Prompt> promptSink) {
        this.repaint = repaintAction;
        this.pixelsPerScreenPixel = zoom;
        if (promptSink != null) {
            this.prompts = promptSink;
        }
    }

    /** Applies a command; a failure becomes the status message and changes nothing. */
    public <R> Optional<R> apply(Command<R> command) {
        try {
            return Optional.ofNullable(store.apply(command));
        } catch (StoreException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    public void undo() {
        try {
            store.undo().ifPresentOrElse(label -> message.set("Undone: " + label), () -> message.set("Nothing to undo"));
        } catch (StoreException e) {
            message.set(e.getMessage());
        }
    }

    public void redo() {
        try {
            store.redo().ifPresentOrElse(label -> message.set("Redone: " + label), () -> message.set("Nothing to redo"));
        } catch (StoreException e) {
            message.set(e.getMessage());
        }
    }

    public void deleteSelected() {
        Annotation a = selected.get();
        if (a == null) {
            message.set("Nothing selected");
        } else if (SelectTool.isLocked(a)) {
            message.set("The annotation is locked");
        } else {
            apply(new DeleteAnnotations(List.of(a.id())));
        }
    }

    /** Gives the selected annotation another label, or (with nothing selected) makes it the current label. */
    public void useCategory(Category c) {
        currentCategory.set(c);
        Annotation a = selected.get();
        if (a != null && a.categoryId() != c.id() && !SelectTool.isLocked(a)) {
            apply(new UpdateAnnotation(a.withCategory(c.id())));
        }
        message.set("Label: " + c.name());
    }

    public void toggleLocked(Annotation a) {
        Map<String, String> attributes = new HashMap<>(a.attributes());
        if (SelectTool.isLocked(a)) {
            attributes.remove("locked");
        } else {
            attributes.put("locked", "true");
        }
        apply(new UpdateAnnotation(new Annotation(a.id(), a.imageId(), a.categoryId(), a.geometry(), a.score(),
                a.source(), a.review(), a.crowd(), attributes, a.parentId(), a.promptRecordId())));
    }

    public void toggleHidden(Annotation a) {
        if (!hidden.remove(a.id())) {
            hidden.add(a.id());
        }
        repaint.run();
    }

    // ---- ToolContext -------------------------------------------------------------------------------------------

    @Override
    public int imageWidth() {
        return currentImage.get() == null ? 0 : currentImage.get().width();
    }

    @Override
    public int imageHeight() {
        return currentImage.get() == null ? 0 : currentImage.get().height();
    }

    @Override
    public double pixelsPerScreenPixel() {
        return pixelsPerScreenPixel.getAsDouble();
    }

    @Override
    public List<Annotation> annotations() {
        return annotations.stream().filter(a -> !hidden.contains(a.id())).toList();
    }

    @Override
    public Optional<Annotation> selected() {
        return Optional.ofNullable(selected.get());
    }

    @Override
    public void select(Annotation annotation) {
        selected.set(annotation);
        repaint.run();
    }

    @Override
    public void create(Geometry geometry) {
        ImageRecord img = currentImage.get();
        Category c = currentCategory.get();
        if (img == null) {
            return;
        }
        if (c == null) {
            message.set("Add or pick a label first (Q)");
            return;
        }
        apply(new AddAnnotation(Annotation.of(img.id(), c.id(), geometry))).ifPresent(a -> {
            selected.set(a);
            message.set("Added " + c.name() + " " + geometry.kind());
        });
    }

    @Override
    public void update(Annotation annotation, Geometry geometry) {
        apply(new UpdateAnnotation(annotation.withGeometry(geometry))).ifPresent(selected::set);
    }

    @Override
    public void brush(Polyline stroke, double radius, boolean erase) {
        ImageRecord img = currentImage.get();
        if (img == null) {
            return;
        }
        Rle paint = BrushStrokes.rasterize(stroke, radius, img.height(), img.width());
        Annotation target = selected.get();
        if (target != null && target.geometry() instanceof Mask m && !SelectTool.isLocked(target)) {
            Rle changed = erase ? MaskOps.difference(m.rle(), paint) : MaskOps.union(m.rle(), paint);
            if (changed.area() == 0) {
                apply(new DeleteAnnotations(List.of(target.id())));
            } else {
                update(target, new Mask(changed));
            }
        } else if (erase) {
            message.set("Select a mask to erase from");
        } else {
            create(new Mask(paint));
        }
    }

    @Override
    public void prompt(Prompt prompt) {
        prompts.accept(prompt);
        repaint.run();
    }

    @Override
    public void repaint() {
        repaint.run();
    }

    @Override
    public void status(String text) {
        message.set(text);
    }

    // ---- store changes -----------------------------------------------------------------------------------------

    private void onStoreChange(StoreChange change) {
        if (change.touches(StoreChange.Entity.CATEGORIES)) {
            reloadCategories();
        }
        if (change.touches(StoreChange.Entity.IMAGES)) {
            List<ImageRecord> fresh = store.images();
            if (!fresh.equals(images)) {
                images.setAll(fresh);
            }
        }
        ImageRecord img = currentImage.get();
        if (img != null && (change.allImages() || change.affectsImage(img.id()))) {
            reloadAnnotations();
        }
        if (change.kind() != StoreChange.Kind.APPLY) {
            message.set((change.kind() == StoreChange.Kind.UNDO ? "Undone: " : "Redone: ") + change.label());
        }
    }

    private void reloadCategories() {
        List<Category> list = store.categories();
        categoriesById.clear();
        list.forEach(c -> categoriesById.put(c.id(), c));
        categories.setAll(list);
        Category current = currentCategory.get();
        if (current != null) {
            currentCategory.set(categoriesById.get(current.id()));
        }
        repaint.run();
    }

    private void reloadAnnotations() {
        ImageRecord img = currentImage.get();
        annotations.setAll(img == null ? List.of() : store.annotations(img.id()));
        Annotation sel = selected.get();
        if (sel != null) {
            selected.set(annotations.stream().filter(a -> a.id() == sel.id()).findFirst().orElse(null));
        }
        repaint.run();
    }
}
