package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.FormatRegistry;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/** A combo box of dataset formats shown as "name — description". */
final class FormatCells {

    private FormatCells() {
    }

    static ComboBox<DatasetFormat> combo(Predicate<DatasetFormat> which) {
        List<DatasetFormat> formats = FormatRegistry.all().stream().filter(which).toList();
        ComboBox<DatasetFormat> combo = new ComboBox<>();
        combo.getItems().setAll(formats);
        combo.setCellFactory(v -> new Cell(true));
        combo.setButtonCell(new Cell(false));
        combo.setMaxWidth(Double.MAX_VALUE);
        if (!formats.isEmpty()) {
            combo.getSelectionModel().select(formats.stream().filter(f -> f.name().equals("coco")).findFirst()
                    .orElse(formats.get(0)));
        }
        return combo;
    }

    /** Selects the format called {@code name}; false when the combo has none of that name. */
    static boolean select(ComboBox<DatasetFormat> combo, String name) {
        for (DatasetFormat f : combo.getItems()) {
            if (f.name().equals(name)) {
                combo.getSelectionModel().select(f);
                return true;
            }
        }
        return false;
    }

    private static final class Cell extends ListCell<DatasetFormat> {
        private final boolean withDescription;

        Cell(boolean withDescription) {
            this.withDescription = withDescription;
        }

        @Override
        protected void updateItem(DatasetFormat f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(withDescription ? f.name() + " — " + f.description() : f.name());
            setTooltip(new Tooltip(f.description()));
        }
    }
}
