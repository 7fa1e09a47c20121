package dev.promptcanvas.ui.panels.text;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.util.List;
import java.util.Optional;
import javafx.scene.paint.Color;

/** How regions read in the text panels ("person #3 · box", #n counted over the image) and the colour they have. */
final class RegionNames {

    static final Color UNKNOWN = Color.GRAY;

    private RegionNames() {
    }

    static Optional<Annotation> find(WorkbenchSession session, long annotationId) {
        return session.currentAnnotations().stream().filter(a -> a.id() == annotationId).findFirst();
    }

    /** The category name and the 1-based place of the annotation on its image. */
    static String name(WorkbenchSession session, long annotationId) {
        List<Annotation> all = session.currentAnnotations();
        for (int i = 0; i < all.size(); i++) {
            Annotation a = all.get(i);
            if (a.id() == annotationId) {
                String category = session.category(a.categoryId()).map(Category::name).orElse("?");
                return category + " #" + (i + 1);
            }
        }
        return "region " + annotationId;
    }

    static String nameWithKind(WorkbenchSession session, Annotation a) {
        return name(session, a.id()) + " · " + a.geometry().kind();
    }

    /** The region's category colour, as the canvas paints it. */
    static Color color(WorkbenchSession session, long annotationId) {
        return find(session, annotationId).flatMap(a -> session.category(a.categoryId()))
                .map(c -> Color.web(c.color())).orElse(UNKNOWN);
    }

    static String css(Color c, double opacity) {
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.2f)", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255), opacity);
    }
}
