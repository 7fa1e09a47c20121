package dev.promptcanvas.ui.panels.text;

import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** What the text panel points at on the canvas; shown only while the panel is. The last editor to ask wins. */
final class Highlights {

    private final WorkbenchSession session;
    private final BooleanProperty showing = new SimpleBooleanProperty(true);
    private Map<Long, String> current = Map.of();

    Highlights(WorkbenchSession session) {
        this.session = session;
        showing.addListener((obs, was, now) -> session.highlight(now ? current : Map.of()));
    }

    BooleanProperty showingProperty() {
        return showing;
    }

    /** Highlights these annotations, each with its tag ("" for none). */
    void show(Map<Long, String> tags) {
        current = Map.copyOf(tags);
        if (showing.get()) {
            session.highlight(current);
        }
    }
}
