package dev.promptcanvas.ui;

import dev.promptcanvas.ui.actions.Keymap;
import dev.promptcanvas.ui.settings.AppDirs;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → Shortcuts: every binding, and where to remap them. */
final class ShortcutsDialog {

    private final Map<String, String> bindings;
    private final Keymap keymap;

    ShortcutsDialog(Map<String, String> bindings, Keymap keymap) {
        this.bindings = bindings;
        this.keymap = keymap;
    }

    void show(Window owner) {
        TableView<Map.Entry<String, String>> table = new TableView<>(
                FXCollections.observableArrayList(bindings.entrySet()));
        TableColumn<Map.Entry<String, String>, String> action = new TableColumn<>("Action");
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getKey()));
        action.setPrefWidth(280);
        TableColumn<Map.Entry<String, String>, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue()));
        keys.setPrefWidth(160);
        table.getColumns().add(action);
        table.getColumns().add(keys);
        Label where = new Label("Remap keys in " + AppDirs.config().resolve("keymap.properties")
                + " (lines like undo=Shortcut+Z, tool.box=B, label.1=1; ids: " + String.join(", ",
                keymap.all().keySet().stream().sorted().toList()) + ")");
        where.setWrapText(true);
        VBox box = new VBox(8, table, where);
        box.setStyle("-fx-padding: 10;");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Keyboard shortcuts");
        stage.setScene(new Scene(box, 520, 560));
        stage.show();
    }
}
