package dev.promptcanvas.ui.panels;

import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.mask.MaskOps;
import dev.promptcanvas.annotations.mask.MaskTracer;
import dev.promptcanvas.annotations.mask.PolygonRasterizer;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.store.AddAnnotation;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * For a selected mask: trace it as a polygon at a chosen tolerance, see the vertex count and how well the polygon
 * matches the mask (IoU), and add the polygon as a new annotation. The mask stays as it is — it is authoritative.
 */
final class PolygonFromMask extends VBox {

    private final WorkbenchSession session;
    private final Slider tolerance = new Slider(0, 5, 1);
    private final Label summary = new Label();
    private final Button add = new Button("Add polygon from mask");

    PolygonFromMask(WorkbenchSession session) {
        this.session = session;
        setSpacing(4);
        tolerance.setShowTickLabels(true);
        tolerance.setMajorTickUnit(1);
        tolerance.setId("polygon-tolerance");
        add.setId("polygon-from-mask");
        summary.setWrapText(true);
        tolerance.valueProperty().addListener((obs, o, n) -> update());
        session.selectedProperty().addListener((obs, o, n) -> update());
        add.setOnAction(e -> addPolygon());
        getChildren().addAll(new Label("Polygon from mask (tolerance in pixels)"), new HBox(6, tolerance, add),
                summary);
        update();
    }

    private Optional<Mask> selectedMask() {
        Annotation a = session.selectedProperty().get();
        return a != null && a.geometry() instanceof Mask m ? Optional.of(m) : Optional.empty();
    }

    private void update() {
        Optional<Mask> mask = selectedMask();
        setDisable(mask.isEmpty());
        if (mask.isEmpty()) {
            summary.setText("Select a mask to derive a polygon from it.");
            return;
        }
        Mask m = mask.get();
        Optional<Polygon> traced = MaskTracer.trace(m.rle(), tolerance.getValue());
        if (traced.isEmpty()) {
            summary.setText("The mask is empty.");
            return;
        }
        Polygon p = traced.get();
        int vertices = p.allRings().stream().mapToInt(r -> r.size()).sum();
        double iou = MaskOps.iou(m.rle(), PolygonRasterizer.rasterize(p, m.height(), m.width()));
        summary.setText(String.format("%d part(s), %d vertices, IoU with the mask %.3f%s", p.parts().size(),
                vertices, iou, p.hasHoles() ? " (has holes: COCO polygons cannot hold them)" : ""));
    }

    private void addPolygon() {
        Annotation a = session.selectedProperty().get();
        if (a == null || !(a.geometry() instanceof Mask m)) {
            return;
        }
        MaskTracer.trace(m.rle(), tolerance.getValue()).ifPresent(p -> {
            Annotation polygon = new Annotation(0, a.imageId(), a.categoryId(), p, a.score(), a.source(),
                    Review.ACCEPTED, false, Map.of("derived-from", Long.toString(a.id()),
                    "tolerance", Double.toString(tolerance.getValue())), a.parentId(), a.promptRecordId());
            session.apply(new AddAnnotation(polygon)).ifPresent(added ->
                    session.messageProperty().set("Added a polygon traced from the mask; the mask is kept"));
        });
    }
}
