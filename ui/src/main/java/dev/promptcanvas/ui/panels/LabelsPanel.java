package dev.promptcanvas.ui.panels;

import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.store.AddCategory;
import dev.promptcanvas.annotations.store.MergeCategories;
import dev.promptcanvas.annotations.store.UpdateCategory;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** Labels: colour, name, part-of parent and annotation count; add, rename, recolour, merge, set the parent. Double-click uses one. */
public final class LabelsPanel extends VBox {

    private static final String NO_PARENT = "(none)";
    private final WorkbenchSession session;
    private final ListView<Category> list = new ListView<>();
    private java.util.Map<Long, Long> counts = java.util.Map.of();

    public LabelsPanel(WorkbenchSession session) {
        this.session = session;
        list.setItems(session.categories());
        list.setId("labels-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Category c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                int index = session.categories().indexOf(c);
                String parent = c.parentId() == null ? "" : session.category(c.parentId())
                        .map(p -> "  (part of " + p.name() + ")").orElse("");
                setText((index < 9 ? (index + 1) + "  " : "   ") + c.name() + parent + "   ("
                        + counts.getOrDefault(c.id(), 0L) + ")");
                setGraphic(new Rectangle(12, 12, Color.web(c.color())));
            }
        });
        counts = session.store().categoryCounts();
        session.store().addListener(change -> {
            if (change.touches(dev.promptcanvas.annotations.store.StoreChange.Entity.ANNOTATIONS)
                    || change.touches(dev.promptcanvas.annotations.store.StoreChange.Entity.CATEGORIES)) {
                counts = session.store().categoryCounts();
                list.refresh();
            }
        });
        list.setOnMouseClicked(e -> {
            Category c = list.getSelectionModel().getSelectedItem();
            if (c != null && e.getClickCount() == 2) {
                session.useCategory(c);
            }
        });
        Button add = new Button("Add…");
        add.setId("add-label");
        add.setOnAction(e -> ask("New label", "Name:", "").ifPresent(this::addLabel));
        Button rename = new Button("Rename…");
        rename.setOnAction(e -> selected().ifPresent(c -> ask("Rename label", "Name:", c.name())
                .ifPresent(name -> session.apply(new UpdateCategory(
                        new Category(c.id(), name, c.color(), c.parentId(), c.supercategory()))))));
        ColorPicker colour = new ColorPicker();
        colour.setOnAction(e -> selected().ifPresent(c -> session.apply(new UpdateCategory(new Category(c.id(),
                c.name(), toHex(colour.getValue()), c.parentId(), c.supercategory())))));
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, c) -> {
            if (c != null) {
                colour.setValue(Color.web(c.color()));
            }
        });
        Button merge = new Button("Merge into…");
        merge.setOnAction(e -> selected().ifPresent(c -> choose("Merge " + c.name() + " into", others(c), null)
                .ifPresent(target -> session.apply(new MergeCategories(c.id(), target.id())))));
        Button parent = new Button("Part of…");
        parent.setOnAction(e -> selected().ifPresent(this::chooseParent));
        FlowPane buttons = new FlowPane(6, 6, add, rename, colour, merge, parent);
        setSpacing(6);
        setPadding(new Insets(6));
        getChildren().addAll(list, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /** Adds a label with a default colour and makes it the current one. */
    public void addLabel(String name) {
        if (name.isBlank()) {
            return;
        }
        session.apply(new AddCategory(Category.named(name.strip()))).ifPresent(session::useCategory);
    }

    private Optional<Category> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private List<Category> others(Category c) {
        return session.categories().stream().filter(o -> o.id() != c.id()).toList();
    }

    private void chooseParent(Category c) {
        List<Object> choices = new java.util.ArrayList<>();
        choices.add(NO_PARENT);
        choices.addAll(others(c));
        ChoiceDialog<Object> dialog = new ChoiceDialog<>(NO_PARENT, choices);
        dialog.setTitle("Part of");
        dialog.setHeaderText(c.name() + " is a part of:");
        dialog.showAndWait().ifPresent(choice -> session.apply(new UpdateCategory(new Category(c.id(), c.name(),
                c.color(), choice instanceof Category p ? p.id() : null, c.supercategory()))));
    }

    private static Optional<Category> choose(String header, List<Category> options, Category initial) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<Category> dialog = new ChoiceDialog<>(initial == null ? options.get(0) : initial, options);
        dialog.setHeaderText(header);
        return dialog.showAndWait();
    }

    private static Optional<String> ask(String title, String prompt, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    static String toHex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
