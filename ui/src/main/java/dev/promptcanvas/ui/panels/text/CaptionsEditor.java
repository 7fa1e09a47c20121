package dev.promptcanvas.ui.panels.text;

import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.store.AddCaption;
import dev.promptcanvas.annotations.store.DeleteCaption;
import dev.promptcanvas.annotations.store.ReviseCaption;
import dev.promptcanvas.annotations.store.StoreChange;
import dev.promptcanvas.annotations.text.TextChange;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Captions of the current image: a list (with who wrote each), a text area to write or edit one (Enter or leaving
 * the field saves; Shift+Enter is a new line; Esc reverts), a styled preview and the grounded phrases below it.
 * Saving an edit moves the caption's phrases with their words and drops those the edit touched, in one undo step.
 */
final class CaptionsEditor extends VBox {

    private final WorkbenchSession session;
    private final Highlights highlights;
    private final ListView<Caption> list = new ListView<>();
    private final TextArea area = new TextArea();
    private final CaptionPreview preview = new CaptionPreview();
    private final PhrasesEditor phrases;
    private Caption editing;
    private boolean loading;
    private boolean reloadPending;

    CaptionsEditor(WorkbenchSession session, Highlights highlights) {
        this.session = session;
        this.highlights = highlights;
        this.phrases = new PhrasesEditor(session, this);
        list.setId("caption-list");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("No captions yet: write one below and press Enter"));
        list.setCellFactory(v -> new CaptionCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, c) -> {
            if (!loading) {
                commit();
                edit(c);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                area.requestFocus();
                e.consume();
            }
        });

        area.setId("caption-text");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPromptText("Write a caption; Enter saves, Shift+Enter starts a new line");
        area.setTooltip(new Tooltip("Enter or leaving the field saves · Shift+Enter: new line · Esc: revert\n"
                + "Select words, then Link, to ground them"));
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                area.replaceSelection("\n");
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                area.setText(editing == null ? "" : editing.text());
                e.consume();
            }
        });
        area.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        area.textProperty().addListener((obs, o, t) -> showPreview());
        UndoKeys.install(area, session, () -> !area.getText().equals(editing == null ? "" : editing.text()));

        preview.setId("caption-preview");
        preview.setOnPhrase(phrases::select);
        preview.setOnNounPhrase(span -> {
            area.requestFocus();
            area.selectRange(span.start(), span.end());
        });
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        previewScroll.setPrefHeight(72);
        previewScroll.setMinHeight(48);
        preview.setPadding(new Insets(4));

        Button add = new Button("New");
        add.setId("new-caption");
        add.setTooltip(new Tooltip("Start a new caption for this image"));
        add.setOnAction(e -> newCaption());
        Button delete = new Button("Delete");
        delete.setId("delete-caption");
        delete.setTooltip(new Tooltip("Delete the selected caption and its phrases (Delete in the list)"));
        delete.setOnAction(e -> deleteSelected());
        Label legend = new Label("Coloured: grounded · underlined: not linked yet");
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        HBox buttons = new HBox(6, add, delete);

        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(list, buttons, area, previewScroll, legend, phrases);
        VBox.setVgrow(phrases, Priority.ALWAYS);

        session.currentImageProperty().addListener((obs, o, img) -> {
            editing = null;
            area.setText("");
            reload();
        });
        session.currentAnnotations().addListener((javafx.collections.ListChangeListener<
                dev.promptcanvas.annotations.model.Annotation>) c -> scheduleReload());
        session.categories().addListener((javafx.collections.ListChangeListener<
                dev.promptcanvas.annotations.model.Category>) c -> scheduleReload());
        session.store().addListener(change -> {
            if (change.touches(StoreChange.Entity.CAPTIONS) || change.touches(StoreChange.Entity.PHRASES)) {
                scheduleReload();
            }
        });
        reload();
    }

    /** The caption being edited (null: the area writes a new one). */
    Optional<Caption> editing() {
        return Optional.ofNullable(editing);
    }

    TextArea area() {
        return area;
    }

    Highlights highlights() {
        return highlights;
    }

    /**
     * Saves the text area: a new caption when none is being edited, else the edit (phrases kept on their words).
     * Returns the caption as stored, empty when there is nothing to save or the store refused.
     */
    Optional<Caption> commit() {
        ImageRecord img = session.currentImageProperty().get();
        String text = area.getText();
        if (img == null) {
            return Optional.empty();
        }
        if (editing == null) {
            if (text.isBlank()) {
                return Optional.empty();
            }
            Optional<Caption> added = session.apply(new AddCaption(new Caption(0, img.id(), text, Source.human())));
            added.ifPresent(c -> {
                editing = c;
                session.messageProperty().set("Caption added");
            });
            return added;
        }
        if (text.equals(editing.text())) {
            return Optional.of(editing);
        }
        Optional<Caption> revised = session.apply(new ReviseCaption(new Caption(editing.id(), editing.imageId(),
                text, Source.human())));
        revised.ifPresent(c -> editing = c);
        return revised;
    }

    void newCaption() {
        commit();
        loading = true;
        list.getSelectionModel().clearSelection();
        loading = false;
        edit(null);
        area.requestFocus();
    }

    void deleteSelected() {
        Caption c = list.getSelectionModel().getSelectedItem();
        if (c == null) {
            session.messageProperty().set("Select a caption to delete");
            return;
        }
        session.apply(new DeleteCaption(c.id()));
    }

    /** Phrases of the edited caption as they fall on the text in the area now (edited but unsaved text too). */
    List<GroundedPhrase> livePhrases() {
        if (editing == null) {
            return List.of();
        }
        TextChange change = TextChange.between(editing.text(), area.getText());
        List<GroundedPhrase> out = new ArrayList<>();
        for (GroundedPhrase p : session.store().phrases(editing.id())) {
            change.shift(p.start(), p.end()).ifPresent(s -> out.add(new GroundedPhrase(p.id(), p.captionId(),
                    s.start(), s.end(), p.annotationIds())));
        }
        return out;
    }

    void showPreview() {
        long selectedId = phrases.selected().map(GroundedPhrase::id).orElse(-1L);
        preview.show(area.getText(), livePhrases(), p -> p.annotationIds().isEmpty() ? RegionNames.UNKNOWN
                : RegionNames.color(session, p.annotationIds().get(0)), selectedId);
    }

    CaptionPreview preview() {
        return preview;
    }

    private void edit(Caption c) {
        editing = c;
        String text = c == null ? "" : c.text();
        if (!area.getText().equals(text)) {
            area.setText(text);
        }
        phrases.reload();
        showPreview();
        highlights.show(Map.of());
    }

    private void scheduleReload() {
        if (!reloadPending) {
            reloadPending = true;
            Platform.runLater(() -> {
                reloadPending = false;
                reload();
            });
        }
    }

    /** Re-reads the captions; keeps the edited one (and unsaved typing) when it still exists. */
    private void reload() {
        ImageRecord img = session.currentImageProperty().get();
        List<Caption> captions = img == null ? List.of() : session.store().captions(img.id());
        loading = true;
        try {
            list.getItems().setAll(captions);
            Caption fresh = editing == null ? null : captions.stream().filter(c -> c.id() == editing.id())
                    .findFirst().orElse(null);
            if (fresh == null) {
                list.getSelectionModel().clearSelection();
                if (editing != null) {
                    editing = null;
                    area.setText("");
                }
            } else {
                list.getSelectionModel().select(fresh);
                boolean unsaved = !area.getText().equals(editing.text());
                editing = fresh;
                if (!unsaved && !area.getText().equals(fresh.text())) {
                    area.setText(fresh.text());
                }
            }
        } finally {
            loading = false;
        }
        phrases.reload();
        showPreview();
    }

    /** A caption: its text and, muted, who wrote it. */
    private final class CaptionCell extends ListCell<Caption> {
        @Override
        protected void updateItem(Caption c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            int count = session.store().phrases(c.id()).size();
            setText((c.text().isBlank() ? "(empty)" : c.text().replace('\n', ' '))
                    + (count == 0 ? "" : "  · " + count + " phrase" + (count == 1 ? "" : "s")));
            setPrefWidth(0);
            Label source = new Label(c.source().toText());
            source.getStyleClass().add("caption-source");
            source.setStyle("-fx-font-size: 0.85em; -fx-opacity: 0.75; -fx-padding: 0 4 0 0;");
            setGraphic(source);
            setTooltip(new Tooltip(c.text() + "\nSource: " + c.source().toText()));
        }
    }
}
