package dev.promptcanvas.ui.viewer;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import javafx.scene.paint.Color;

/**
 * What an update of the annotation layer changes on screen: nothing, the image region where annotations were added,
 * removed, edited, hidden, shown or recoloured (so an edit repaints a few shapes, not thousands), or everything
 * when too much changed for a partial repaint to pay off or the painting order of what stayed changed.
 */
final class LayerChanges {

    /** More changed annotations than this repaint the whole layer. */
    static final int MAX_CHANGED = 64;

    /** The layer as it was painted: annotations in painting order, hidden ids and each category's colour. */
    record State(List<Annotation> annotations, Set<Long> hidden, Map<Long, Color> colors) {

        static final State EMPTY = new State(List.of(), Set.of(), Map.of());

        /** The state of a list with its hidden ids, resolving the colour of each category present once. */
        static State of(List<Annotation> annotations, Set<Long> hidden, LongFunction<Color> colors) {
            Map<Long, Color> resolved = new HashMap<>();
            for (Annotation a : annotations) {
                resolved.computeIfAbsent(a.categoryId(), colors::apply);
            }
            return new State(annotations, hidden, resolved);
        }
    }

    /** The outcome: {@code all} repaints everything; else {@code region} (null when nothing changed). */
    record Result(boolean all, Box region) {

        static final Result NOTHING = new Result(false, null);
        static final Result ALL = new Result(true, null);
    }

    private LayerChanges() {
    }

    /** The image region that differs between two states of the layer. */
    static Result between(State before, State after) {
        Map<Long, Integer> beforeIndex = new HashMap<>(before.annotations().size() * 2);
        for (int i = 0; i < before.annotations().size(); i++) {
            beforeIndex.put(before.annotations().get(i).id(), i);
        }
        Box region = null;
        int changed = 0;
        int lastIndex = -1;
        Map<Long, Annotation> unmatched = new HashMap<>();
        for (Annotation a : before.annotations()) {
            unmatched.put(a.id(), a);
        }
        for (Annotation a : after.annotations()) {
            Integer index = beforeIndex.get(a.id());
            Annotation old = unmatched.remove(a.id());
            if (index == null || old == null) {
                region = union(region, a.geometry().bounds());
                changed++;
            } else {
                if (index < lastIndex) {
                    return Result.ALL; // the painting order of kept annotations changed
                }
                lastIndex = index;
                if (!old.equals(a) || before.hidden().contains(a.id()) != after.hidden().contains(a.id())
                        || !Objects.equals(before.colors().get(old.categoryId()),
                        after.colors().get(a.categoryId()))) {
                    region = union(union(region, old.geometry().bounds()), a.geometry().bounds());
                    changed++;
                }
            }
            if (changed > MAX_CHANGED) {
                return Result.ALL;
            }
        }
        for (Annotation gone : unmatched.values()) {
            region = union(region, gone.geometry().bounds());
            if (++changed > MAX_CHANGED) {
                return Result.ALL;
            }
        }
        return region == null ? Result.NOTHING : new Result(false, region);
    }

    static Box union(Box a, Box b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.union(b);
    }
}
