package dev.promptcanvas.ui.panels.text;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.store.AddPhrase;
import dev.promptcanvas.annotations.store.DeletePhrase;
import dev.promptcanvas.annotations.store.UpdatePhrase;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * Grounded phrases of the edited caption: link the words selected in the caption to the region selected on the
 * canvas (or one picked from a menu; linking the same words again adds a region), unlink a region, delete a phrase.
 * Selecting a phrase highlights its regions on the canvas.
 */
final class PhrasesEditor extends VBox {

    static final KeyCombination LINK_KEYS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final WorkbenchSession session;
    private final CaptionsEditor captions;
    private final ListView<GroundedPhrase> list = new ListView<>();
    private final MenuButton unlink = new MenuButton("Unlink");
    private boolean loading;

    PhrasesEditor(WorkbenchSession session, CaptionsEditor captions) {
        this.session = session;
        this.captions = captions;
        list.setId("phrase-list");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label("No grounded phrases: select words above, then Link"));
        list.setCellFactory(v -> new PhraseCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, p) -> {
            if (!loading) {
                onSelected(p);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                deleteSelected();
                e.consume();
            }
        });
        captions.area().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (LINK_KEYS.match(e)) {
                linkToCanvasSelection();
                e.consume();
            }
        });

        Button link = new Button("Link to selected region");
        link.setId("link-selected");
        link.setFocusTraversable(false);
        link.setTooltip(new Tooltip("Link the words selected in the caption to the region selected on the canvas ("
                + LINK_KEYS.getDisplayText() + ")"));
        link.setOnAction(e -> linkToCanvasSelection());
        MenuButton linkTo = new MenuButton("Link to…");
        linkTo.setId("link-menu");
        linkTo.setFocusTraversable(false);
        linkTo.setTooltip(new Tooltip("Link the selected words to a region of this image"));
        linkTo.setOnShowing(e -> linkTo.getItems().setAll(regionItems()));
        linkTo.getItems().add(new MenuItem("(no regions)"));
        unlink.setId("unlink-menu");
        unlink.setTooltip(new Tooltip("Remove one region from the selected phrase (the last one deletes it)"));
        unlink.setOnShowing(e -> unlink.getItems().setAll(unlinkItems()));
        unlink.getItems().add(new MenuItem("(select a phrase)"));
        Button delete = new Button("Delete phrase");
        delete.setId("delete-phrase");
        delete.setTooltip(new Tooltip("Delete the selected phrase (Delete in the list)"));
        delete.setOnAction(e -> deleteSelected());

        setSpacing(6);
        setPadding(new Insets(4, 0, 0, 0));
        getChildren().addAll(new Label("Grounded phrases"), list, new FlowPane(6, 6, link, linkTo, unlink, delete));
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    Optional<GroundedPhrase> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Selects a phrase (e.g. clicked in the preview). */
    void select(GroundedPhrase phrase) {
        list.getItems().stream().filter(p -> p.id() == phrase.id()).findFirst()
                .ifPresent(p -> list.getSelectionModel().select(p));
    }

    void reload() {
        long keep = selected().map(GroundedPhrase::id).orElse(-1L);
        List<GroundedPhrase> fresh = captions.editing().map(c -> session.store().phrases(c.id())).orElse(List.of());
        loading = true;
        try {
            list.getItems().setAll(fresh);
            fresh.stream().filter(p -> p.id() == keep).findFirst().ifPresentOrElse(
                    p -> list.getSelectionModel().select(p), () -> list.getSelectionModel().clearSelection());
        } finally {
            loading = false;
        }
        list.refresh();
        selected().ifPresentOrElse(this::highlight, () -> {
            if (keep >= 0) {
                captions.highlights().show(Map.of());
            }
        });
    }

    /** Links the words selected in the caption to the annotation selected on the canvas. */
    void linkToCanvasSelection() {
        Annotation a = session.selectedProperty().get();
        if (a == null) {
            session.messageProperty().set("Select a region on the canvas first, or use Link to…");
            return;
        }
        link(a.id());
    }

    /** Links the selected words to one more annotation: a new phrase, or one more region of the same words. */
    void link(long annotationId) {
        IndexRange range = trimmed(captions.area().getText(), captions.area().getSelection());
        if (range.getLength() == 0) {
            session.messageProperty().set("Select words of the caption first");
            return;
        }
        Optional<Caption> caption = captions.commit();
        if (caption.isEmpty()) {
            return;
        }
        long captionId = caption.get().id();
        Optional<GroundedPhrase> same = session.store().phrases(captionId).stream()
                .filter(p -> p.start() == range.getStart() && p.end() == range.getEnd()).findFirst();
        String words = caption.get().text().substring(range.getStart(), range.getEnd());
        String region = RegionNames.name(session, annotationId);
        if (same.isPresent()) {
            GroundedPhrase p = same.get();
            if (p.annotationIds().contains(annotationId)) {
                session.messageProperty().set("“" + words + "” is already linked to " + region);
                return;
            }
            List<Long> ids = new ArrayList<>(p.annotationIds());
            ids.add(annotationId);
            session.apply(new UpdatePhrase(new GroundedPhrase(p.id(), captionId, p.start(), p.end(), ids)))
                    .ifPresent(x -> session.messageProperty().set("Linked “" + words + "” to " + region));
        } else {
            session.apply(new AddPhrase(new GroundedPhrase(0, captionId, range.getStart(), range.getEnd(),
                    List.of(annotationId)))).ifPresent(stored -> {
                        session.messageProperty().set("Linked “" + words + "” to " + region);
                        captions.showPreview();
                    });
        }
    }

    /** Removes one region from the selected phrase; the phrase goes when it was its last region. */
    void unlink(GroundedPhrase phrase, long annotationId) {
        List<Long> ids = new ArrayList<>(phrase.annotationIds());
        ids.remove(annotationId);
        if (ids.isEmpty()) {
            session.apply(new DeletePhrase(phrase.id()));
        } else {
            session.apply(new UpdatePhrase(new GroundedPhrase(phrase.id(), phrase.captionId(), phrase.start(),
                    phrase.end(), ids)));
        }
    }

    void deleteSelected() {
        selected().ifPresentOrElse(p -> session.apply(new DeletePhrase(p.id())),
                () -> session.messageProperty().set("Select a phrase to delete"));
    }

    private void onSelected(GroundedPhrase p) {
        captions.showPreview();
        if (p == null) {
            captions.highlights().show(Map.of());
            return;
        }
        highlight(p);
        String text = captions.area().getText();
        captions.livePhrases().stream().filter(live -> live.id() == p.id()).findFirst()
                .filter(live -> live.end() <= text.length())
                .ifPresent(live -> captions.area().selectRange(live.start(), live.end()));
    }

    private void highlight(GroundedPhrase p) {
        Map<Long, String> tags = new LinkedHashMap<>();
        p.annotationIds().forEach(id -> tags.put(id, ""));
        captions.highlights().show(tags);
    }

    private List<MenuItem> regionItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Annotation a : session.currentAnnotations()) {
            MenuItem item = new MenuItem(RegionNames.nameWithKind(session, a),
                    new Rectangle(10, 10, RegionNames.color(session, a.id())));
            item.setOnAction(e -> link(a.id()));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("(this image has no regions)");
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    private List<MenuItem> unlinkItems() {
        List<MenuItem> items = new ArrayList<>();
        selected().ifPresent(p -> {
            for (long id : p.annotationIds()) {
                MenuItem item = new MenuItem("Unlink " + RegionNames.name(session, id),
                        new Rectangle(10, 10, RegionNames.color(session, id)));
                item.setOnAction(e -> unlink(p, id));
                items.add(item);
            }
        });
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("(select a linked phrase)");
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    /** The selection without white space at its ends. */
    static IndexRange trimmed(String text, IndexRange range) {
        int s = Math.min(range.getStart(), text.length());
        int e = Math.min(range.getEnd(), text.length());
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new IndexRange(s, e);
    }

    /** A phrase: its words in quotes, then the regions it names, with the first region's colour. */
    private final class PhraseCell extends ListCell<GroundedPhrase> {
        @Override
        protected void updateItem(GroundedPhrase p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setPrefWidth(0);
            String text = captions.editing().map(Caption::text).orElse("");
            String words = p.end() <= text.length() ? text.substring(p.start(), p.end()) : "?";
            List<String> names = p.annotationIds().stream().map(id -> RegionNames.name(session, id)).toList();
            setText("“" + words + "”  →  " + (names.isEmpty() ? "no region" : String.join(", ", names)));
            setGraphic(new Rectangle(12, 12, p.annotationIds().isEmpty() ? RegionNames.UNKNOWN
                    : RegionNames.color(session, p.annotationIds().get(0))));
        }
    }
}
