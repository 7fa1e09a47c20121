package dev.promptcanvas.ui.panels;

import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.ImageStatus;
import dev.promptcanvas.annotations.store.ImageSummary;
import dev.promptcanvas.annotations.store.SetImageDone;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import java.nio.file.Path;
import dev.promptcanvas.ui.thumbnails.ThumbnailCache;

/**
 * The image list: a virtualised list with a status mark per image (grey unlabelled, amber in progress, green
 * done), a name filter and a filter by state, label or source, and counts. Per-image facts come from one summary
 * query and are refreshed only for the images a change touched.
 */
public final class ImageBrowser extends VBox {

    /** What the state filter offers. */
    enum Show { ALL, UNLABELLED, IN_PROGRESS, DONE, HUMAN_MADE, MODEL_MADE }

    private final WorkbenchSession session;
    private final ListView<ImageRecord> list = new ListView<>();
    private final FilteredList<ImageRecord> filtered;
    private final TextField nameFilter = new TextField();
    private final ComboBox<Object> stateFilter = new ComboBox<>();
    private final Map<Long, ImageSummary> summaries = new HashMap<>();
    private final ThumbnailCache thumbnails;

    public ImageBrowser(WorkbenchSession session) {
        this.session = session;
        this.filtered = new FilteredList<>(session.images());
        this.thumbnails = new ThumbnailCache(session.store().directory(), ThumbnailCache.DEFAULT_SIZE);
        getStyleClass().add("image-browser");
        nameFilter.setPromptText("Filter by name");
        nameFilter.setId("image-filter");
        stateFilter.getItems().addAll((Object[]) Show.values());
        stateFilter.setValue(Show.ALL);
        stateFilter.setMaxWidth(Double.MAX_VALUE);
        stateFilter.setConverter(DisplayNames.converter());
        session.categories().addListener((javafx.collections.ListChangeListener<Category>) c -> refreshStateChoices());
        refreshStateChoices();
        nameFilter.textProperty().addListener((obs, o, n) -> applyFilter());
        stateFilter.valueProperty().addListener((obs, o, n) -> applyFilter());
        list.setItems(filtered);
        list.setId("image-list");
        list.setCellFactory(v -> new ImageCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, img) -> {
            if (img != null) {
                session.currentImageProperty().set(img);
            }
        });
        session.currentImageProperty().addListener((obs, o, img) -> {
            if (img != null && list.getSelectionModel().getSelectedItem() != img) {
                list.getSelectionModel().select(img);
                list.scrollTo(img);
            }
        });
        reloadSummaries();
        session.store().addListener(change -> {
            if (change.allImages()) {
                reloadSummaries();
            } else {
                for (long id : change.imageIds()) {
                    session.store().imageSummary(id).ifPresentOrElse(sum -> summaries.put(id, sum),
                            () -> summaries.remove(id));
                }
            }
            list.refresh();
        });
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> filtered.size() + " of " + session.images().size() + " image(s)", filtered, session.images()));
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(nameFilter, stateFilter, list, count);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int delta) {
        int at = filtered.indexOf(session.currentImageProperty().get());
        int i = (at < 0 ? list.getSelectionModel().getSelectedIndex() : at) + delta;
        if (i >= 0 && i < filtered.size()) {
            list.getSelectionModel().select(i);
            list.scrollTo(Math.max(0, i - 3));
        }
    }

    /** Selects the first image (on open). */
    public void selectFirst() {
        if (!filtered.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private void refreshStateChoices() {
        Object value = stateFilter.getValue();
        stateFilter.getItems().setAll((Object[]) Show.values());
        stateFilter.getItems().addAll(session.categories());
        stateFilter.setValue(value != null && stateFilter.getItems().contains(value) ? value : Show.ALL);
    }

    private void reloadSummaries() {
        summaries.clear();
        for (ImageSummary sum : session.store().imageSummaries()) {
            summaries.put(sum.imageId(), sum);
        }
    }

    private ImageSummary summaryOf(ImageRecord img) {
        ImageSummary sum = summaries.get(img.id());
        return sum != null ? sum : new ImageSummary(img.id(), 0, false, false, false, new long[0]);
    }

    /** Toggles "done" for the current image (Ctrl+D). */
    public void toggleDone() {
        ImageRecord img = session.currentImageProperty().get();
        if (img != null) {
            boolean done = !summaryOf(img).done();
            session.apply(new SetImageDone(List.of(img.id()), done));
            session.messageProperty().set(img.fileName() + (done ? " marked done" : " no longer marked done"));
        }
    }

    private void applyFilter() {
        String needle = nameFilter.getText() == null ? "" : nameFilter.getText().toLowerCase(Locale.ROOT);
        Object state = stateFilter.getValue();
        filtered.setPredicate(img -> {
            if (!needle.isEmpty() && !img.path().toLowerCase(Locale.ROOT).contains(needle)) {
                return false;
            }
            if (state == null || state == Show.ALL) {
                return true;
            }
            ImageSummary sum = summaryOf(img);
            if (state instanceof Category c) {
                return sum.hasCategory(c.id());
            }
            return switch ((Show) state) {
                case UNLABELLED -> sum.status() == ImageStatus.UNLABELLED;
                case IN_PROGRESS -> sum.status() == ImageStatus.IN_PROGRESS;
                case DONE -> sum.status() == ImageStatus.DONE;
                case HUMAN_MADE -> sum.anyHuman();
                case MODEL_MADE -> sum.anyModel();
                default -> true;
            };
        });
    }

    /** Stops making thumbnails (the window is closing). */
    public void dispose() {
        thumbnails.close();
    }

    /** One row: status mark, thumbnail (made lazily in the background), file name, size and annotation count. */
    private final class ImageCell extends ListCell<ImageRecord> {
        private static final double THUMB = 44;
        private final Circle mark = new Circle(5);
        private final ImageView thumb = new ImageView();
        private final HBox graphic = new HBox(6, mark, thumb);
        private ImageRecord shown;

        ImageCell() {
            thumb.setFitWidth(THUMB);
            thumb.setFitHeight(THUMB);
            thumb.setPreserveRatio(true);
            graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            graphic.setMinWidth(THUMB + 16);
        }

        @Override
        protected void updateItem(ImageRecord img, boolean empty) {
            super.updateItem(img, empty);
            if (shown != null && shown != img) {
                thumbnails.cancel(shown);
            }
            shown = img;
            if (empty || img == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Path file = Path.of(img.path()).isAbsolute() ? Path.of(img.path())
                    : session.store().directory().resolve(img.path());
            thumb.setImage(thumbnails.get(img, file, ready -> {
                if (shown == img) {
                    thumb.setImage(ready);
                }
            }));
            ImageSummary sum = summaryOf(img);
            mark.setFill(switch (sum.status()) {
                case DONE -> Color.web("#3cb44b");
                case IN_PROGRESS -> Color.web("#f0ad4e");
                default -> Color.web("#9e9e9e");
            });
            setGraphic(graphic);
            setText(img.fileName() + "   " + img.width() + "×" + img.height()
                    + (sum.annotations() == 0 ? "" : "   · " + sum.annotations()) + (sum.done() ? "  ✓" : ""));
        }
    }
}
