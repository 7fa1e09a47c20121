package dev.promptcanvas.ui.help;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help → About: version, Java runtime, JavaFX, the inference device, and every third-party component's licence. */
public final class AboutDialog {

    private final AboutInfo info;
    private final List<ThirdPartyComponents.Component> components;

    public AboutDialog(AboutInfo info, List<ThirdPartyComponents.Component> components) {
        this.info = info;
        this.components = List.copyOf(components);
    }

    /** The dialog's content (tests inspect it without a window). */
    public VBox content() {
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        String[][] rows = {
            {"Version", info.version()}, {"Runtime", info.runtime()}, {"JavaFX", info.javafx()},
            {"Device", info.device()}};
        for (int i = 0; i < rows.length; i++) {
            Label value = new Label(rows[i][1]);
            value.setId("about-" + rows[i][0].toLowerCase(java.util.Locale.ROOT));
            value.setWrapText(true);
            Label name = new Label(rows[i][0] + ":");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            facts.addRow(i, name, value);
        }
        TableView<ThirdPartyComponents.Component> table = new TableView<>(FXCollections.observableArrayList(components));
        table.setId("about-components");
        table.getColumns().add(column("Component", 230, c -> c.name() + " (" + c.coordinates() + ")"));
        table.getColumns().add(column("Version", 80, ThirdPartyComponents.Component::version));
        table.getColumns().add(column("Licence", 250, c -> String.join(" or ", c.licences())));
        table.setPlaceholder(new Label("No third-party list found (" + ThirdPartyComponents.RESOURCE + ")"));
        Label title = new Label("PromptCanvas " + info.version());
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        Label blurb = new Label("An annotation and visual-prompt workbench. " + components.size()
                + " third-party components, with the licences their projects declare:");
        blurb.setWrapText(true);
        blurb.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(10, title, facts, blurb, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(14));
        return box;
    }

    /** Opens the dialog as a window owned by {@code owner}; returns its stage. */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("About PromptCanvas");
        stage.setScene(new Scene(content(), 640, 560));
        stage.show();
        return stage;
    }

    private static TableColumn<ThirdPartyComponents.Component, String> column(String title, double width,
            java.util.function.Function<ThirdPartyComponents.Component, String> value) {
        TableColumn<ThirdPartyComponents.Component, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
