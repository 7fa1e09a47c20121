package dev.promptcanvas.ui.panels.text;

import dev.promptcanvas.ui.session.WorkbenchSession;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The "Text" tab: the current image's captions with their grounded phrases, and its referring expressions. Every
 * change is a store command, so Ctrl+Z undoes it like any other edit.
 */
public final class GroundingPanel extends VBox {

    private final Highlights highlights;
    private final CaptionsEditor captions;
    private final ExpressionsEditor expressions;

    public GroundingPanel(WorkbenchSession session) {
        this.highlights = new Highlights(session);
        this.captions = new CaptionsEditor(session, highlights);
        this.expressions = new ExpressionsEditor(session, highlights);
        TitledPane top = new TitledPane("Captions and grounded phrases", captions);
        TitledPane bottom = new TitledPane("Referring expressions", expressions);
        top.setCollapsible(false);
        bottom.setCollapsible(false);
        top.setMaxHeight(Double.MAX_VALUE);
        bottom.setMaxHeight(Double.MAX_VALUE);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        setId("grounding-panel");
        getChildren().add(split);
        VBox.setVgrow(split, Priority.ALWAYS);
    }

    /** Bind to the tab's selection: canvas highlights show only while the panel does. */
    public BooleanProperty showingProperty() {
        return highlights.showingProperty();
    }

    CaptionsEditor captions() {
        return captions;
    }

    ExpressionsEditor expressions() {
        return expressions;
    }
}
