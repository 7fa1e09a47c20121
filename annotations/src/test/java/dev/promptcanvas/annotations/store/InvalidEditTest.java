package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Commands that break a rule fail with a message naming the item, and leave the database exactly as it was. */
class InvalidEditTest {

    @TempDir
    Path dir;

    static Stream<Arguments> invalidCommands() {
        List<Arguments> out = new ArrayList<>();
        add(out, ids -> new AddAnnotation(Annotation.of(999, ids.car(), new Box(0, 0, 1, 1))),
                "new annotation: image 999 does not exist");
        add(out, ids -> new AddAnnotation(Annotation.of(ids.image0(), 999, new Box(0, 0, 1, 1))),
                "new annotation: category 999 does not exist");
        add(out, ids -> new AddAnnotation(Annotation.of(ids.image0(), ids.car(), new Mask(Rle.empty(10, 10)))),
                "new annotation: mask is 10x10 but image " + 1 + " (img/0.jpg) is 64x48");
        add(out, ids -> new AddAnnotation(new Annotation(0, ids.image1(), ids.car(), new Box(0, 0, 1, 1), null, null,
                null, false, null, ids.carBox(), null)), "is on image 1, not on image 2");
        add(out, ids -> new AddAnnotation(new Annotation(0, ids.image0(), ids.car(), new Box(0, 0, 1, 1), null, null,
                null, false, null, null, 77L)), "new annotation: prompt record 77 does not exist");
        add(out, ids -> new AddAnnotation(Annotation.of(ids.image0(), ids.car(), new Box(0, 0, 1, 1)),
                new PromptRecord(0, ids.image1(), List.of(), "m", null, 0, null, List.of())),
                "its prompt record is on image 2, the annotation on image 1");
        add(out, ids -> new AddAnnotations(List.of(Annotation.of(ids.image0(), ids.car(), new Box(0, 0, 1, 1)),
                Annotation.of(ids.image0(), 55, new Box(0, 0, 1, 1)))),
                "new annotation #2 of 2: category 55 does not exist");
        add(out, ids -> new UpdateAnnotation(Annotation.of(ids.image0(), ids.car(), new Box(0, 0, 1, 1)).withId(404)),
                "annotation 404: does not exist");
        add(out, ids -> new UpdateAnnotation(new Annotation(ids.carBox(), ids.image0(), ids.car(), new Box(0, 0, 1, 1),
                null, null, null, false, null, ids.wheelPart(), null)), "would make it its own ancestor");
        add(out, ids -> new DeleteAnnotations(List.of(ids.carBox(), 4040L)),
                "deleting annotation 4040: it does not exist");
        add(out, ids -> new AddImages(List.of(new ImageRecord(0, "img/1.jpg", 5, 5, ""))),
                "image img/1.jpg: the project already has an image with this path");
        add(out, ids -> new AddImages(List.of(new ImageRecord(0, "n.jpg", 5, 5, ""),
                new ImageRecord(0, "n.jpg", 5, 5, ""))), "image n.jpg: listed twice");
        add(out, ids -> new AddCategory(Category.named("car")),
                "category car: the project already has a category with this name");
        add(out, ids -> new AddCategory(new Category(0, "tyre", null, 88L, null)),
                "category tyre: parent: category 88 does not exist");
        add(out, ids -> new UpdateCategory(new Category(ids.car(), "car", null, ids.wheel(), null)),
                "would make the category its own ancestor");
        add(out, ids -> new UpdateCategory(new Category(ids.wheel(), "car", null, null, null)),
                "another category (1) is already named car");
        add(out, ids -> new MergeCategories(ids.car(), ids.car()), "cannot be merged into itself");
        add(out, ids -> new MergeCategories(ids.car(), 31), "merging categories: target: category 31 does not exist");
        add(out, ids -> new AddPhrase(new GroundedPhrase(0, ids.caption(), 3, 99, List.of())),
                "runs past the caption's 22 characters");
        add(out, ids -> new AddPhrase(new GroundedPhrase(0, ids.caption(), 0, 1, List.of(ids.carBox(), ids.carBox()))),
                "annotation " + 1 + " is listed twice");
        add(out, ids -> new UpdateCaption(new Caption(ids.caption(), ids.image0(), "short", null)),
                "phrase 1 spans [2, 9) but the new text has only 5 characters");
        add(out, ids -> new UpdateCaption(new Caption(ids.caption(), ids.image1(), "a red car with a wheel", null)),
                "cannot move from image 1 to image 2");
        add(out, ids -> new DeleteCaption(12), "deleting caption 12: caption 12 does not exist");
        add(out, ids -> new AddExpression(new ReferringExpression(0, ids.image1(), "that car", List.of(ids.carBox()),
                null)), "new referring expression: annotation 1 is on image 1, not on image 2");
        add(out, ids -> new UpdateExpression(new ReferringExpression(ids.expression(), ids.image0(), "x",
                List.of(9999L), null)), "referring expression 1: annotation 9999 does not exist");
        add(out, ids -> new DeleteExpression(5), "deleting referring expression 5: it does not exist");
        add(out, ids -> new DeletePhrase(5), "deleting phrase 5: it does not exist");
        add(out, ids -> new AddPromptRecord(new PromptRecord(0, 31, List.of(), "m", null, 0, null, List.of())),
                "prompt record of model m: image 31 does not exist");
        add(out, ids -> new SetImageDone(List.of(ids.image0(), 999L, 998L), true),
                "marking images done: image 999 does not exist");
        add(out, ids -> new SetImageDone(List.of(404L), false), "marking images not done: image 404 does not exist");
        add(out, ids -> new DeleteImages(List.of(ids.image1(), 31L)), "deleting images: image 31 does not exist");
        add(out, ids -> new DeleteCategory(ids.car()), "deleting category 1 (car): 2 annotations use it on 1 image; "
                + "choose a category to reassign them to, or delete them first");
        add(out, ids -> new DeleteCategory(99), "deleting a category: category 99 does not exist");
        add(out, ids -> new DeleteCategory(ids.car(), ids.car()),
                "deleting category 1 (car): its annotations cannot be reassigned to the category itself");
        add(out, ids -> new DeleteCategory(ids.wheel(), 77L),
                "deleting category 2 (wheel): reassigning its annotations: category 77 does not exist");
        return out.stream();
    }

    private static void add(List<Arguments> out, CommandUndoRedoTest.Scenario scenario, String message) {
        out.add(Arguments.of(message, scenario));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCommands")
    void failsNamingTheItemAndWritesNothing(String message, CommandUndoRedoTest.Scenario scenario) throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.Ids ids = Projects.rich(store);
            assertThat(ids.image0()).isEqualTo(1);
            assertThat(ids.carBox()).isEqualTo(1);
            String before = DbDump.everything(dir);
            assertThatThrownBy(() -> store.apply(scenario.command(ids)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(message)
                    .extracting(e -> ((StoreException) e).kind()).isEqualTo(StoreException.Kind.INVALID_EDIT);
            assertThat(DbDump.everything(dir)).isEqualTo(before);
            assertThat(store.undoLabels()).hasSize(9);
        }
    }

    @Test
    void recordsThatCannotBeBuiltAreRejectedByTheirOwnConstructors() {
        assertThatThrownBy(() -> new AddAnnotation(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ImportDataset(null)).isInstanceOf(NullPointerException.class);
    }
}
