package dev.promptcanvas.annotations.formats.chatrex;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidate boxes of one image: the annotations of the candidate category (all regions when it has none on
 * this image), in export order; targets that are not candidates are appended; at most {@value #LIMIT}, dropping
 * non-target candidates from the end first.
 */
final class ChatRexCandidates {

    /** RexSeek's cap on candidate boxes. */
    static final int LIMIT = 100;

    private ChatRexCandidates() {
    }

    /** Whether the annotation has a box with area (boxes, polygons, ellipses, non-empty masks). */
    static boolean isRegion(Geometry g) {
        return g instanceof Box || g instanceof Polygon || g instanceof Ellipse || g instanceof Mask m && m.area() > 0;
    }

    /**
     * @param regions the image's region annotations in export order
     * @param categoryId the candidate category, or null for every region
     * @param targets annotation ids that must be candidates
     */
    static List<Annotation> select(List<Annotation> regions, Long categoryId, Collection<Long> targets) {
        List<Annotation> base = new ArrayList<>();
        if (categoryId != null) {
            for (Annotation a : regions) {
                if (a.categoryId() == categoryId) {
                    base.add(a);
                }
            }
        }
        if (base.isEmpty()) {
            base.addAll(regions);
        }
        Set<Long> wanted = new LinkedHashSet<>(targets);
        for (Annotation a : base) {
            wanted.remove(a.id());
        }
        for (Annotation a : regions) {
            if (wanted.contains(a.id())) {
                base.add(a);
            }
        }
        for (int i = base.size() - 1; i >= 0 && base.size() > LIMIT; i--) {
            if (!targets.contains(base.get(i).id())) {
                base.remove(i);
            }
        }
        return base;
    }
}
