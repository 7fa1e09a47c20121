package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SetImageDone, DeleteImages and DeleteCategory beyond undo/redo: what they report and their edge cases. */
class ImageCommandsTest {

    @TempDir
    Path dir;

    @Test
    void setImageDoneChangesOnlyImagesNotYetInThatStateAndReportsThem() throws Exception {
        List<StoreChange> heard = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.Ids ids = Projects.rich(store);
            store.addListener(heard::add);
            int steps = store.undoLabels().size();

            SetImageDone first = new SetImageDone(List.of(ids.image0(), ids.image1(), ids.image0()), true);
            assertThat(first.label()).isEqualTo("Mark 3 images done");
            assertThat(store.apply(first)).containsExactly(ids.image0(), ids.image1());
            assertThat(store.apply(new SetImageDone(List.of(ids.image1()), true))).isEmpty();
            assertThat(store.undoLabels()).hasSize(steps + 1);
            assertThat(store.apply(new SetImageDone(List.of(ids.image2(), ids.image1()), true)))
                    .containsExactly(ids.image2());
            assertThat(store.apply(new SetImageDone(List.of(ids.image0()), false))).containsExactly(ids.image0());
            assertThat(store.undoLabels()).hasSize(steps + 3).first().isEqualTo("Mark image not done");
            assertThat(store.imageSummaries()).extracting(ImageSummary::status)
                    .containsExactly(ImageStatus.IN_PROGRESS, ImageStatus.DONE, ImageStatus.DONE);

            store.undo();
            assertThat(store.imageSummary(ids.image0()).orElseThrow().status()).isEqualTo(ImageStatus.DONE);
            store.redo();
        }
        assertThat(heard).hasSize(5);
        assertThat(heard).allSatisfy(c -> {
            assertThat(c.entities()).containsExactly(StoreChange.Entity.IMAGES);
            assertThat(c.allImages()).isFalse();
        });
        assertThat(heard).extracting(StoreChange::imageIds).containsExactly(Set2.of(1, 2), Set2.of(3), Set2.of(1),
                Set2.of(1), Set2.of(1));
    }

    @Test
    void imagesAreReportedWhenTheirDerivedStatusChanges() throws Exception {
        List<StoreChange> heard = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(dir)) {
            List<ImageRecord> images = store.apply(new AddImages(Projects.images(3)));
            long a = images.get(0).id();
            long b = images.get(1).id();
            long label = store.apply(new AddCategory(Category.named("x"))).id();
            store.addListener(heard::add);
            Annotation first = store.apply(new AddAnnotation(Annotation.of(a, label, new Box(0, 0, 1, 1))));
            Annotation second = store.apply(new AddAnnotation(Annotation.of(a, label, new Box(0, 0, 2, 2))));
            store.apply(new DeleteAnnotations(List.of(second.id())));
            store.apply(new UpdateAnnotation(new Annotation(first.id(), b, label, first.geometry(), null, null, null,
                    false, null, null, null)));
            store.apply(new DeleteAnnotations(List.of(first.id())));
            store.undo();
            store.apply(new ImportDataset(Dataset.of(List.of(new ImageRecord(1, "img/2.jpg", 66, 50, "")),
                    List.of(new Category(1, "x", null, null, null)), List.of(Annotation.of(1, 1, new Box(0, 0, 3, 3))
                    .withId(1)))));
        }
        assertThat(heard).extracting(StoreChange::label).containsExactly("Add annotation", "Add annotation",
                "Delete annotation", "Edit annotation", "Delete annotation", "Delete annotation", "Import dataset");
        assertThat(heard).extracting(c -> c.touches(StoreChange.Entity.IMAGES))
                .containsExactly(true, false, false, true, true, true, true);
        assertThat(heard.get(3).imageIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(heard.get(5).kind()).isEqualTo(StoreChange.Kind.UNDO);
        assertThat(heard.get(6).imageIds()).containsExactly(3L);
    }

    @Test
    void deleteImagesRemovesEverythingOnThemAndReportsEachKind() throws Exception {
        List<StoreChange> heard = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.Ids ids = Projects.rich(store);
            Annotation other = store.apply(new AddAnnotation(Annotation.of(ids.image1(), ids.car(),
                    new Box(0, 0, 4, 4))));
            store.addListener(heard::add);
            assertThat(store.apply(new DeleteImages(List.of(ids.image0())))).extracting(ImageRecord::id)
                    .containsExactly(ids.image0());
            assertThat(store.counts()).isEqualTo(new ProjectCounts(2, 1, 2, 0, 0, 0, 0));
            assertThat(store.annotations(ids.image1())).containsExactly(other);
            assertThat(store.checkIntegrity()).isEmpty();
        }
        assertThat(heard).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("Delete image");
            assertThat(c.entities()).containsExactlyInAnyOrder(StoreChange.Entity.IMAGES,
                    StoreChange.Entity.ANNOTATIONS, StoreChange.Entity.CAPTIONS, StoreChange.Entity.PHRASES,
                    StoreChange.Entity.EXPRESSIONS, StoreChange.Entity.PROMPT_RECORDS);
            assertThat(c.imageIds()).containsExactly(1L);
        });
    }

    @Test
    void deleteImagesCutsLinksFromOtherImagesAndUndoRestoresThem() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.Ids ids = Projects.rich(store);
            // move the car box (parent of the wheel, target of the phrase and the expression) to image 2
            Annotation box = store.annotation(ids.carBox()).orElseThrow();
            store.apply(new UpdateAnnotation(new Annotation(box.id(), ids.image1(), box.categoryId(), box.geometry(),
                    null, null, null, false, null, null, null)));
            // and point an annotation of image 3 at the prompt record of image 1
            PromptRecord record = store.promptRecord(ids.promptRecord()).orElseThrow();
            Annotation pointing = store.apply(Command.of("link", e -> e.addAnnotation(new Annotation(0,
                    ids.image2(), ids.car(), new Box(0, 0, 1, 1), null, null, null, false, null, null,
                    record.id()))));
            String before = DbDump.data(dir);
            List<StoreChange> heard = new ArrayList<>();
            store.addListener(heard::add);

            store.apply(new DeleteImages(List.of(ids.image1(), ids.image0())));
            assertThat(store.images()).extracting(ImageRecord::id).containsExactly(ids.image2());
            assertThat(store.annotation(pointing.id()).orElseThrow().promptRecordId()).isNull();
            assertThat(store.checkIntegrity()).isEmpty();
            assertThat(heard.get(0).imageIds()).containsExactlyInAnyOrder(ids.image0(), ids.image1(), ids.image2());

            store.undo();
            assertThat(DbDump.data(dir)).isEqualTo(before);
            assertThat(store.annotation(ids.wheelPart()).orElseThrow().parentId()).isEqualTo(ids.carBox());
        }
    }

    @Test
    void deleteImagesOnlyUnlinksWhatPointsAcrossImages() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.Ids ids = Projects.rich(store);
            Annotation box = store.annotation(ids.carBox()).orElseThrow();
            store.apply(new UpdateAnnotation(new Annotation(box.id(), ids.image1(), box.categoryId(), box.geometry(),
                    null, null, null, false, null, null, null)));
            store.apply(new DeleteImages(List.of(ids.image1())));
            Annotation wheel = store.annotation(ids.wheelPart()).orElseThrow();
            assertThat(wheel.parentId()).isNull();
            assertThat(wheel.promptRecordId()).isEqualTo(ids.promptRecord());
            assertThat(store.phrase(ids.phrase()).orElseThrow().annotationIds()).containsExactly(ids.wheelPart());
            assertThat(store.expression(ids.expression()).orElseThrow().isNoTarget()).isTrue();
            assertThat(store.caption(ids.caption())).isPresent();
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    @Test
    void deletingManyImagesIsReportedAsAllImagesAndUndoesExactly() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            List<ImageRecord> images = store.apply(new AddImages(Projects.images(1200)));
            long label = store.apply(new AddCategory(Category.named("x"))).id();
            List<Annotation> batch = new ArrayList<>();
            for (ImageRecord image : images) {
                batch.add(Annotation.of(image.id(), label, new Box(0, 0, 5, 5)));
            }
            store.apply(new AddAnnotations(batch));
            store.apply(new AddCaption(new Caption(0, images.get(7).id(), "seven", null)));
            String before = DbDump.data(dir);
            List<StoreChange> heard = new ArrayList<>();
            store.addListener(heard::add);
            store.apply(new DeleteImages(images.stream().map(ImageRecord::id).toList()));
            assertThat(store.counts()).isEqualTo(new ProjectCounts(0, 0, 1, 0, 0, 0, 0));
            assertThat(heard.get(0).allImages()).isTrue();
            store.undo();
            assertThat(DbDump.data(dir)).isEqualTo(before);
        }
    }

    /**
     * Undo and redo of an update of many rows take time linear in the rows (a correlated subquery once made this
     * quadratic: about 14 s for 20,000 rows, minutes for 100,000); the bound leaves room for a slow machine.
     */
    @Test
    void undoAndRedoOfMarking20000ImagesDoneStayFast() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            List<Long> ids = store.apply(new AddImages(Projects.images(20_000))).stream().map(ImageRecord::id)
                    .toList();
            store.apply(new SetImageDone(ids, true));
            long started = System.nanoTime();
            store.undo();
            store.redo();
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(seconds).as("undo + redo of 20,000 updated rows, in seconds").isLessThan(4.0);
            assertThat(store.imageSummaries()).allMatch(ImageSummary::done);
        }
    }

    @Test
    void deleteCategoryMovesSubCategoriesUpAndReassignsAnnotations() throws Exception {
        List<StoreChange> heard = new ArrayList<>();
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.Ids ids = Projects.rich(store);
            Category vehicle = store.apply(new AddCategory(Category.named("vehicle")));
            store.apply(new UpdateCategory(new Category(ids.car(), "car", null, vehicle.id(), null)));
            Category unused = store.apply(new AddCategory(Category.named("unused")));
            store.addListener(heard::add);

            assertThat(store.apply(new DeleteCategory(unused.id()))).isEqualTo(unused);
            // car has annotations on image 1 only; its child wheel moves up to vehicle
            store.apply(new DeleteCategory(ids.car(), vehicle.id()));
            assertThat(store.category(ids.wheel()).orElseThrow().parentId()).isEqualTo(vehicle.id());
            assertThat(store.annotation(ids.carBox()).orElseThrow().categoryId()).isEqualTo(vehicle.id());
            assertThat(store.categoryCounts()).containsExactly(java.util.Map.entry(ids.wheel(), 1L),
                    java.util.Map.entry(vehicle.id(), 2L));
            assertThat(store.checkIntegrity()).isEmpty();
        }
        assertThat(heard).extracting(StoreChange::label).containsExactly("Delete label", "Delete label");
        assertThat(heard.get(0).entities()).containsExactly(StoreChange.Entity.CATEGORIES);
        assertThat(heard.get(0).imageIds()).isEmpty();
        assertThat(heard.get(1).entities()).containsExactlyInAnyOrder(StoreChange.Entity.CATEGORIES,
                StoreChange.Entity.ANNOTATIONS);
        assertThat(heard.get(1).imageIds()).containsExactly(1L);
    }

    @Test
    void deleteCategoryRefusalNamesTheCountAndKeepsTheProject() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.Ids ids = Projects.rich(store);
            store.apply(new AddAnnotation(Annotation.of(ids.image2(), ids.car(), new Box(0, 0, 1, 1))));
            assertThatThrownBy(() -> store.apply(new DeleteCategory(ids.car())))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("deleting category 1 (car): 3 annotations use it on 2 images; choose a category "
                            + "to reassign them to, or delete them first");
            assertThatThrownBy(() -> store.apply(new DeleteCategory(ids.wheel())))
                    .hasMessageContaining("1 annotation uses it on 1 image;");
            assertThat(store.category(ids.car())).isPresent();
        }
    }

    @Test
    void emptyRequestsChangeNothing() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.rich(store);
            String before = DbDump.everything(dir);
            assertThat(store.apply(new SetImageDone(List.of(), true))).isEmpty();
            assertThat(store.apply(new DeleteImages(List.of()))).isEmpty();
            assertThat(DbDump.everything(dir)).isEqualTo(before);
        }
    }

    @Test
    void phraseAndExpressionsOfADeletedImageGoWithIt() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.Ids ids = Projects.rich(store);
            Caption c = store.apply(new AddCaption(new Caption(0, ids.image1(), "kept", null)));
            store.apply(new AddPhrase(new GroundedPhrase(0, c.id(), 0, 4, List.of())));
            store.apply(new AddExpression(new ReferringExpression(0, ids.image1(), "none", List.of(), null)));
            store.apply(new DeleteImages(List.of(ids.image0())));
            assertThat(store.counts()).isEqualTo(new ProjectCounts(2, 0, 2, 1, 1, 1, 0));
            assertThat(store.phrases(c.id())).hasSize(1);
            assertThat(DbDump.count(dir, "SELECT count(*) FROM phrase_targets")
                    + DbDump.count(dir, "SELECT count(*) FROM expression_targets")).isZero();
        }
    }

    /** Sets of image ids written briefly. */
    private static final class Set2 {
        static java.util.Set<Long> of(long... ids) {
            java.util.Set<Long> out = new java.util.HashSet<>();
            for (long id : ids) {
                out.add(id);
            }
            return out;
        }
    }
}
