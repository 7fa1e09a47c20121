package dev.promptcanvas.ui.panels.text;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.store.AddExpression;
import dev.promptcanvas.annotations.store.DeleteExpression;
import dev.promptcanvas.annotations.store.StoreChange;
import dev.promptcanvas.annotations.store.UpdateExpression;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * Referring expressions of the current image: text, targets ticked among the candidates (every region of one
 * category, numbered; "person" when there is one), an explicit "no target" choice, and a domain tag. The selected
 * expression's targets are highlighted on the canvas with their candidate numbers.
 */
final class ExpressionsEditor extends VBox {

    /** HumanRef's domains; "none" stores no tag. */
    static final List<String> DOMAINS = List.of(Domains.NONE, "attribute", "position", "interaction", "reasoning",
            "celebrity", Domains.REJECTION);

    private final WorkbenchSession session;
    private final Highlights highlights;
    private final ListView<ReferringExpression> list = new ListView<>();
    private final TextField text = new TextField();
    private final ComboBox<String> domain = new ComboBox<>();
    private final ComboBox<Category> category = new ComboBox<>();
    private final ListView<Annotation> candidates = new ListView<>();
    private final CheckBox noTarget = new CheckBox("No target (rejection)");
    private boolean syncing;
    private boolean reloadPending;
    private long selectAfterReload = -1;

    ExpressionsEditor(WorkbenchSession session, Highlights highlights) {
        this.session = session;
        this.highlights = highlights;
        list.setId("expression-list");
        list.setPrefHeight(100);
        list.setPlaceholder(new Label("No referring expressions: type one below and press Enter"));
        list.setCellFactory(v -> new ExpressionCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, e) -> {
            if (!syncing) {
                show(e);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                text.requestFocus();
                e.consume();
            }
        });

        text.setId("expression-text");
        text.setPromptText("e.g. the man in red");
        text.setTooltip(new Tooltip("Enter saves the selected expression, or adds one when none is selected\n"
                + "Esc reverts"));
        text.setOnAction(e -> commitText());
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                text.setText(selected().map(ReferringExpression::text).orElse(""));
                e.consume();
            }
        });
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now && selected().isPresent()) {
                commitText();
            }
        });
        UndoKeys.install(text, session, () -> !text.getText().trim().equals(
                selected().map(ReferringExpression::text).orElse("")));
        Button add = new Button("Add");
        add.setId("add-expression");
        add.setTooltip(new Tooltip("Add the text as a new expression (no targets yet)"));
        add.setOnAction(e -> add());
        Button delete = new Button("Delete");
        delete.setId("delete-expression");
        delete.setTooltip(new Tooltip("Delete the selected expression (Delete in the list)"));
        delete.setOnAction(e -> deleteSelected());
        HBox textRow = new HBox(6, text, add, delete);
        HBox.setHgrow(text, Priority.ALWAYS);

        domain.setId("expression-domain");
        domain.getItems().setAll(DOMAINS);
        domain.setValue(Domains.NONE);
        domain.setTooltip(new Tooltip("HumanRef domain of the selected expression"));
        domain.setOnAction(e -> {
            if (!syncing) {
                setDomain(domain.getValue());
            }
        });
        noTarget.setId("no-target");
        noTarget.setTooltip(new Tooltip("The expression names nothing in this image: clears the targets and sets "
                + "the domain to rejection.\nTick a candidate to give it targets again."));
        noTarget.setOnAction(e -> {
            if (!syncing) {
                setNoTarget(noTarget.isSelected());
            }
        });
        category.setId("candidate-category");
        category.setItems(session.categories());
        category.setPromptText("All labels");
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category c) {
                return c == null ? "All labels" : "Candidates: " + c.name();
            }

            @Override
            public Category fromString(String s) {
                return null;
            }
        });
        category.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                setText(category.getConverter().toString(empty ? null : c));
            }
        });
        category.setTooltip(new Tooltip("Which regions are candidate targets (HumanRef: every person)"));
        category.valueProperty().addListener((obs, o, c) -> refreshCandidates());
        Button all = new Button("All");
        all.setId("all-candidates");
        all.setTooltip(new Tooltip("Every region of the image is a candidate"));
        all.setOnAction(e -> category.setValue(null));
        FlowPane options = new FlowPane(8, 6, new Label("Domain"), domain, noTarget, category, all);

        candidates.setId("candidate-list");
        candidates.setPrefHeight(110);
        candidates.setPlaceholder(new Label("No candidate regions"));
        candidates.setCellFactory(v -> new CandidateCell());
        candidates.setOnKeyPressed(e -> {
            Annotation a = candidates.getSelectionModel().getSelectedItem();
            if (a != null && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER)) {
                toggleTarget(a);
                e.consume();
            }
        });

        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(list, textRow, options, new Label("Targets (tick candidates; numbers as on the canvas)"),
                candidates);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.SOMETIMES);

        session.currentImageProperty().addListener((obs, o, img) -> reload());
        session.currentAnnotations().addListener((javafx.collections.ListChangeListener<Annotation>) c ->
                scheduleReload());
        session.categories().addListener((javafx.collections.ListChangeListener<Category>) c -> defaultCategory());
        session.store().addListener(change -> {
            if (change.touches(StoreChange.Entity.EXPRESSIONS)) {
                scheduleReload();
            }
        });
        defaultCategory();
        reload();
    }

    Optional<ReferringExpression> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** The candidate targets, in the numbered order shown. */
    List<Annotation> candidateList() {
        return List.copyOf(candidates.getItems());
    }

    /** Saves the text field into the selected expression, or adds a new one when none is selected. */
    void commitText() {
        String t = text.getText().trim();
        Optional<ReferringExpression> e = selected();
        if (e.isEmpty()) {
            add();
        } else if (t.isEmpty()) {
            session.messageProperty().set("An expression needs text (Delete removes it)");
        } else if (!t.equals(e.get().text())) {
            update(new ReferringExpression(e.get().id(), e.get().imageId(), t, e.get().targetIds(),
                    e.get().domain()));
        }
    }

    void add() {
        ImageRecord img = session.currentImageProperty().get();
        String t = text.getText().trim();
        if (img == null || t.isEmpty()) {
            session.messageProperty().set("Type the expression first");
            return;
        }
        String tag = Domains.toStored(domain.getValue());
        session.apply(new AddExpression(new ReferringExpression(0, img.id(), t, List.of(), tag)))
                .ifPresent(stored -> {
                    selectAfterReload = stored.id();
                    session.messageProperty().set("Expression added: tick its targets, or choose No target");
                });
    }

    void deleteSelected() {
        selected().ifPresentOrElse(e -> session.apply(new DeleteExpression(e.id())),
                () -> session.messageProperty().set("Select an expression to delete"));
    }

    void toggleTarget(Annotation a) {
        selected().ifPresentOrElse(e -> {
            List<Long> targets = new ArrayList<>(e.targetIds());
            if (!targets.remove(a.id())) {
                targets.add(a.id());
            }
            String tag = e.domain();
            if (!targets.isEmpty() && Domains.REJECTION.equals(tag)) {
                tag = null;
            }
            update(new ReferringExpression(e.id(), e.imageId(), e.text(), targets, tag));
        }, () -> {
            session.messageProperty().set("Select or add an expression first");
            refreshCandidates();
        });
    }

    void setNoTarget(boolean on) {
        selected().ifPresentOrElse(e -> {
            if (on) {
                update(new ReferringExpression(e.id(), e.imageId(), e.text(), List.of(), Domains.REJECTION));
            } else if (e.isNoTarget()) {
                update(new ReferringExpression(e.id(), e.imageId(), e.text(), List.of(), null));
                session.messageProperty().set("Tick candidates to give the expression targets");
            }
        }, () -> {
            session.messageProperty().set("Select or add an expression first");
            sync();
        });
    }

    void setDomain(String value) {
        selected().ifPresent(e -> {
            String tag = Domains.toStored(value);
            List<Long> targets = Domains.REJECTION.equals(tag) ? List.of() : e.targetIds();
            update(new ReferringExpression(e.id(), e.imageId(), e.text(), targets, tag));
        });
    }

    private void update(ReferringExpression changed) {
        session.apply(new UpdateExpression(changed));
    }

    private void show(ReferringExpression e) {
        syncing = true;
        try {
            text.setText(e == null ? "" : e.text());
        } finally {
            syncing = false;
        }
        sync();
    }

    /** Domain, no-target box, ticks and canvas highlights follow the selected expression. */
    private void sync() {
        Optional<ReferringExpression> e = selected();
        syncing = true;
        try {
            domain.setValue(e.map(x -> Domains.toShown(x.domain())).orElse(domain.getValue()));
            noTarget.setSelected(e.map(ReferringExpression::isNoTarget).orElse(false));
            noTarget.setDisable(e.isEmpty());
        } finally {
            syncing = false;
        }
        candidates.refresh();
        Map<Long, String> tags = new LinkedHashMap<>();
        e.ifPresent(x -> x.targetIds().forEach(id -> tags.put(id, number(id))));
        highlights.show(tags);
    }

    /** The candidate number of a region ("1" first), or its name when it is not a candidate. */
    String number(long annotationId) {
        List<Annotation> items = candidates.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == annotationId) {
                return Integer.toString(i + 1);
            }
        }
        return RegionNames.name(session, annotationId);
    }

    private void defaultCategory() {
        Category current = category.getValue();
        Category fresh = current == null ? null : session.category(current.id()).orElse(null);
        if (fresh == null) {
            fresh = session.categories().stream().filter(c -> c.name().equalsIgnoreCase("person")).findFirst()
                    .orElse(null);
        }
        category.setValue(fresh);
        refreshCandidates();
    }

    private void refreshCandidates() {
        Category c = category.getValue();
        candidates.getItems().setAll(session.currentAnnotations().stream()
                .filter(a -> c == null || a.categoryId() == c.id()).toList());
        list.refresh();
        sync();
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

    private void reload() {
        ImageRecord img = session.currentImageProperty().get();
        long keep = selectAfterReload >= 0 ? selectAfterReload : selected().map(ReferringExpression::id).orElse(-1L);
        selectAfterReload = -1;
        List<ReferringExpression> fresh = img == null ? List.of() : session.store().expressions(img.id());
        Optional<ReferringExpression> before = selected();
        syncing = true;
        try {
            list.getItems().setAll(fresh);
            fresh.stream().filter(e -> e.id() == keep).findFirst().ifPresentOrElse(
                    e -> list.getSelectionModel().select(e), () -> list.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
        Optional<ReferringExpression> now = selected();
        syncing = true;
        try {
            if (now.isPresent()) {
                boolean typing = before.isPresent() && before.get().id() == now.get().id()
                        && !before.get().text().equals(text.getText().trim());
                if (!typing) {
                    text.setText(now.get().text());
                }
            } else if (before.isPresent()) {
                text.setText("");
            }
        } finally {
            syncing = false;
        }
        refreshCandidates();
    }

    /** An expression: its text, then its targets by candidate number (or "no target") and its domain. */
    private final class ExpressionCell extends ListCell<ReferringExpression> {
        @Override
        protected void updateItem(ReferringExpression e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                return;
            }
            setPrefWidth(0);
            String targets = e.isNoTarget() ? "no target"
                    : String.join(", ", e.targetIds().stream().map(ExpressionsEditor.this::number).toList());
            setText("“" + e.text() + "”  →  " + targets + (e.domain() == null ? "" : "  · " + e.domain()));
        }
    }

    /** A candidate: a tick box (is it a target?), its number, its name and colour. */
    private final class CandidateCell extends ListCell<Annotation> {
        private final CheckBox box = new CheckBox();

        CandidateCell() {
            box.setOnAction(e -> {
                if (getItem() != null) {
                    toggleTarget(getItem());
                }
            });
            box.setFocusTraversable(false);
        }

        @Override
        protected void updateItem(Annotation a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            box.setSelected(selected().map(x -> x.targetIds().contains(a.id())).orElse(false));
            box.setText((getIndex() + 1) + "   " + RegionNames.nameWithKind(session, a));
            box.setGraphic(new Rectangle(10, 10, RegionNames.color(session, a.id())));
            setText(null);
            setGraphic(box);
        }
    }
}
