package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    @TempDir
    Path dir;

    @Test
    void labelsUndoRedoAndTheRedoBranchIsDroppedByANewEdit() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            assertThat(store.canUndo()).isFalse();
            assertThat(store.undo()).isEmpty();
            assertThat(store.redo()).isEmpty();
            store.apply(new AddCategory(Category.named("a")));
            store.apply(new AddCategory(Category.named("b")));
            store.apply(new AddCategory(Category.named("c")));
            assertThat(store.undoLabels()).containsExactly("Add label c", "Add label b", "Add label a");
            assertThat(store.undo()).contains("Add label c");
            assertThat(store.undo()).contains("Add label b");
            assertThat(store.redoLabels()).containsExactly("Add label b", "Add label c");
            assertThat(store.categories()).extracting(Category::name).containsExactly("a");
            assertThat(store.redo()).contains("Add label b");
            assertThat(store.categories()).extracting(Category::name).containsExactly("a", "b");

            store.apply(new AddCategory(Category.named("d")));
            assertThat(store.canRedo()).isFalse();
            assertThat(store.redoLabels()).isEmpty();
            assertThat(store.undoLabels()).containsExactly("Add label d", "Add label b", "Add label a");
            // the dropped step's saved rows are gone too
            assertThat(DbDump.count(dir, "SELECT count(*) FROM saved_categories")).isZero();
            assertThat(DbDump.count(dir, "SELECT count(*) FROM history")).isEqualTo(3);
            assertThat(store.categories()).extracting(Category::name).containsExactly("a", "b", "d");
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    @Test
    void historySurvivesCloseAndReopen() throws Exception {
        Projects.Ids ids;
        String afterAll;
        try (ProjectStore store = ProjectStore.create(dir)) {
            ids = Projects.rich(store);
            store.apply(new DeleteAnnotations(List.of(ids.carBox())));
            afterAll = DbDump.data(dir);
            store.undo();
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertThat(store.canRedo()).isTrue();
            assertThat(store.redoLabels()).containsExactly("Delete annotation");
            assertThat(store.redo()).contains("Delete annotation");
            assertThat(DbDump.data(dir)).isEqualTo(afterAll);
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            List<String> labels = store.undoLabels();
            assertThat(labels).hasSize(10).first().isEqualTo("Delete annotation");
            while (store.canUndo()) {
                store.undo();
            }
            assertThat(store.counts()).isEqualTo(new ProjectCounts(0, 0, 0, 0, 0, 0, 0));
            assertThat(store.redoLabels()).hasSize(10);
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            while (store.canRedo()) {
                store.redo();
            }
            assertThat(DbDump.data(dir)).isEqualTo(afterAll);
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    @Test
    void historyIsBoundedAndTrimmedStepsLeaveNoRows() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir, StoreOptions.defaults().withHistoryLimit(5))) {
            long image = store.apply(new AddImages(Projects.images(1))).get(0).id();
            long label = store.apply(new AddCategory(Category.named("x"))).id();
            for (int i = 0; i < 8; i++) {
                Annotation a = store.apply(new AddAnnotation(Annotation.of(image, label, new Box(i, i, 9, 9))));
                store.apply(new UpdateAnnotation(a.withGeometry(new Box(0, 0, i + 1, i + 1))));
            }
            assertThat(store.undoLabels()).hasSize(5);
            for (int i = 0; i < 5; i++) {
                assertThat(store.undo()).isPresent();
            }
            assertThat(store.canUndo()).isFalse();
            // 18 steps; undoing the newest 5 leaves annotations 0..5, the last one not yet updated
            assertThat(store.counts().annotations()).isEqualTo(6);
            List<Annotation> left = store.annotations(image);
            assertThat(left.get(5).geometry()).isEqualTo(new Box(5, 5, 9, 9));
            assertThat(left.get(4).geometry()).isEqualTo(new Box(0, 0, 5, 5));
            assertThat(DbDump.count(dir, "SELECT count(*) FROM history")).isEqualTo(5);
            assertThat(DbDump.count(dir, "SELECT count(*) FROM changes WHERE step NOT IN (SELECT step FROM history)"))
                    .isZero();
            assertThat(DbDump.count(dir, "SELECT count(*) FROM saved_annotations WHERE change_id NOT IN "
                    + "(SELECT id FROM changes)")).isZero();
        }
    }

    @Test
    void listenersHearApplyUndoAndRedoWithWhatChanged() throws Exception {
        List<StoreChange> heard = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(dir)) {
            long image = store.apply(new AddImages(Projects.images(2))).get(1).id();
            long label = store.apply(new AddCategory(Category.named("x"))).id();
            store.addListener(heard::add);
            store.addListener(change -> {
                throw new IllegalStateException("a broken listener must not break the store");
            });
            store.apply(new AddAnnotation(Annotation.of(image, label, new Box(0, 0, 1, 1))));
            store.undo();
            store.redo();
        }
        assertThat(heard).extracting(StoreChange::kind)
                .containsExactly(StoreChange.Kind.APPLY, StoreChange.Kind.UNDO, StoreChange.Kind.REDO);
        for (StoreChange c : heard) {
            assertThat(c.label()).isEqualTo("Add annotation");
            // the image's first annotation: its status (unlabelled -> in progress) changes too
            assertThat(c.entities()).containsExactlyInAnyOrder(StoreChange.Entity.ANNOTATIONS,
                    StoreChange.Entity.IMAGES);
            assertThat(c.imageIds()).containsExactly(2L);
            assertThat(c.affectsImage(2)).isTrue();
            assertThat(c.affectsImage(1)).isFalse();
        }
    }

    @Test
    void aCommandThatChangesNothingLeavesNoStep() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            store.apply(new AddCategory(Category.named("x")));
            store.undo();
            String result = store.apply(Command.of("Look only", edit -> "saw " + edit.categories().size()));
            assertThat(result).isEqualTo("saw 0");
            assertThat(store.undoLabels()).isEmpty();
            assertThat(store.canRedo()).as("a no-op keeps the redo branch").isTrue();
        }
    }

    @Test
    void aFailingCommandIsRolledBackCompletely() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            store.apply(new AddCategory(Category.named("x")));
            store.undo();
            String before = DbDump.everything(dir);
            assertThatThrownBy(() -> store.apply(Command.of("Half", edit -> {
                edit.addCategory(Category.named("y"));
                edit.addImages(Projects.images(3));
                throw new IllegalStateException("boom after two writes");
            }))).isInstanceOf(StoreException.class).hasMessageContaining("Half failed: boom after two writes");
            assertThat(DbDump.everything(dir)).isEqualTo(before);
            assertThat(store.canRedo()).isTrue();
            assertThat(store.redo()).contains("Add label x");
        }
    }

    @Test
    void anEditCannotBeUsedAfterItsCommandReturned() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            Edit escaped = store.apply(Command.of("Leak", edit -> {
                edit.addCategory(Category.named("inside"));
                return edit;
            }));
            assertThatThrownBy(() -> escaped.addCategory(Category.named("outside")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already finished");
            assertThat(store.categories()).extracting(Category::name).containsExactly("inside");
        }
    }

    @Test
    void mergeIsReportedAsTouchingAllImages() throws Exception {
        List<StoreChange> heard = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(dir)) {
            long a = store.apply(new AddCategory(Category.named("a"))).id();
            long b = store.apply(new AddCategory(Category.named("b"))).id();
            store.addListener(heard::add);
            store.apply(new MergeCategories(a, b));
        }
        assertThat(heard).singleElement().satisfies(c -> {
            assertThat(c.allImages()).isTrue();
            assertThat(c.affectsImage(12345)).isTrue();
            assertThat(c.touches(StoreChange.Entity.CATEGORIES)).isTrue();
            assertThat(c.touches(StoreChange.Entity.ANNOTATIONS)).isTrue();
        });
    }
}
