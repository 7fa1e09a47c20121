package dev.promptcanvas.ui.assistant;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The pending suggestions as cards: what was proposed, by which model, and Accept / Reject per item, plus Accept
 * all. The list is the panel's; accepting or rejecting is the panel's job (this only asks).
 */
final class SuggestionList extends VBox {

    private final ObservableList<Suggestion> items;
    private final Consumer<Suggestion> onAccept;
    private final Consumer<Suggestion> onReject;
    private final VBox cards = new VBox(6);
    private final Label empty = new Label("No suggestions. Run a task to get some.");
    private final Button acceptAll = new Button("Accept all");

    SuggestionList(ObservableList<Suggestion> items, Consumer<Suggestion> onAccept, Consumer<Suggestion> onReject,
                   Runnable onAcceptAll) {
        this.items = items;
        this.onAccept = onAccept;
        this.onReject = onReject;
        setSpacing(6);
        setId("assistant-suggestions");
        acceptAll.setId("assistant-accept-all");
        acceptAll.setOnAction(e -> onAcceptAll.run());
        Button rejectAll = new Button("Reject all");
        rejectAll.setId("assistant-reject-all");
        rejectAll.setOnAction(e -> List.copyOf(items).forEach(onReject));
        acceptAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(items));
        rejectAll.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(items));
        Label title = new Label("Suggestions");
        title.setStyle("-fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        empty.setStyle("-fx-text-fill: -fx-mid-text-color, grey;");
        getChildren().addAll(new HBox(6, title, spacer, acceptAll, rejectAll), cards);
        items.addListener((ListChangeListener<Suggestion>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        cards.getChildren().clear();
        if (items.isEmpty()) {
            cards.getChildren().add(empty);
        }
        for (Suggestion s : items) {
            cards.getChildren().add(card(s));
        }
    }

    private VBox card(Suggestion s) {
        Label title = new Label(s.title());
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        Label source = new Label("suggested by " + s.source().toText());
        source.getStyleClass().add("suggestion-source");
        source.setStyle("-fx-font-size: 0.9em; -fx-text-fill: #b0308f;");
        Label detail = new Label(s.detail());
        detail.setWrapText(true);
        detail.getStyleClass().add("suggestion-detail");
        Button accept = new Button("Accept", new FontIcon("mdi2c-check"));
        accept.getStyleClass().add("suggestion-accept");
        accept.setOnAction(e -> onAccept.accept(s));
        Button reject = new Button("Reject", new FontIcon("mdi2c-close"));
        reject.getStyleClass().add("suggestion-reject");
        reject.setOnAction(e -> onReject.accept(s));
        VBox card = new VBox(3, title, source, detail, new HBox(6, accept, reject));
        card.getStyleClass().add("suggestion-card");
        card.setPadding(new Insets(6));
        card.setStyle("-fx-border-color: #b0308f; -fx-border-style: segments(5, 4); -fx-border-radius: 4;"
                + " -fx-background-radius: 4;");
        return card;
    }
}
