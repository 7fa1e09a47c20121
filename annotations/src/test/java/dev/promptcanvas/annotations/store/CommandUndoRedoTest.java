package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.json.RandomShapes;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command: its effect, and that undo restores the data exactly and redo re-applies it exactly. */
class CommandUndoRedoTest {

    @TempDir
    Path dir;

    /** One command to try on the rich sample project, and what must hold after it. */
    interface Scenario {
        Command<?> command(Projects.Ids ids);
    }

    /** Checks the project after the command ran. */
    interface Check {
        void verify(ProjectStore store, Projects.Ids ids, Object result) throws Exception;
    }

    static Stream<Arguments> scenarios() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("AddImages", (Scenario) ids -> new AddImages(Projects.images("more/", 4)),
                (Check) (s, ids, r) -> {
                    assertThat(s.counts().images()).isEqualTo(7);
                    assertThat(s.imageByPath("more/3.jpg")).isPresent();
                }));
        out.add(Arguments.of("AddCategory", (Scenario) ids -> new AddCategory(new Category(0, "tyre", null,
                ids.wheel(), null)), (Check) (s, ids, r) -> {
                    Category c = (Category) r;
                    assertThat(s.categoryByName("tyre")).contains(c);
                    assertThat(c.parentId()).isEqualTo(ids.wheel());
                }));
        out.add(Arguments.of("UpdateCategory", (Scenario) ids -> new UpdateCategory(new Category(ids.wheel(), "rim",
                "#abcdef", null, "parts")), (Check) (s, ids, r) -> {
                    assertThat(s.category(ids.wheel())).contains(new Category(ids.wheel(), "rim", "#abcdef", null,
                            "parts"));
                    assertThat(s.categoryByName("wheel")).isEmpty();
                }));
        out.add(Arguments.of("MergeCategories", (Scenario) ids -> new MergeCategories(ids.car(), ids.wheel()),
                (Check) (s, ids, r) -> {
                    assertThat(s.category(ids.car())).isEmpty();
                    assertThat(s.annotations(ids.image0())).extracting(Annotation::categoryId)
                            .containsOnly(ids.wheel());
                    assertThat(s.category(ids.wheel()).orElseThrow().parentId()).isNull();
                }));
        out.add(Arguments.of("AddAnnotation", (Scenario) ids -> new AddAnnotation(Annotation.of(ids.image1(),
                ids.car(), new Point(3, 4))), (Check) (s, ids, r) -> {
                    assertThat(s.annotations(ids.image1())).containsExactly((Annotation) r);
                }));
        out.add(Arguments.of("AddAnnotation with prompt record", (Scenario) ids -> new AddAnnotation(
                Annotation.of(ids.image2(), ids.car(), new Box(0, 0, 2, 2)),
                new RandomShapes(11).promptRecord(0, ids.image2())), (Check) (s, ids, r) -> {
                    Annotation a = (Annotation) r;
                    assertThat(a.promptRecordId()).isNotNull();
                    assertThat(s.promptRecord(a.promptRecordId()).orElseThrow().imageId()).isEqualTo(ids.image2());
                    assertThat(s.counts().promptRecords()).isEqualTo(2);
                }));
        out.add(Arguments.of("AddAnnotations", (Scenario) ids -> {
            RandomShapes shapes = new RandomShapes(12);
            List<Annotation> batch = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                batch.add(new Annotation(0, ids.image1(), i % 2 == 0 ? ids.car() : ids.wheel(),
                        shapes.geometry(RandomShapes.GEOMETRY_KINDS.get(i % 7), 49, 65), i / 60.0,
                        i % 3 == 0 ? Source.human() : Source.model("m", "v" + i), Review.SUGGESTED, i % 5 == 0,
                        Map.of("i", "" + i), null, null));
            }
            return new AddAnnotations(batch);
        }, (Check) (s, ids, r) -> {
            assertThat((List<?>) s.annotations(ids.image1())).hasSize(60).isEqualTo(r);
        }));
        out.add(Arguments.of("UpdateAnnotation", (Scenario) ids -> new UpdateAnnotation(new Annotation(ids.carBox(),
                ids.image0(), ids.wheel(), new Box(5, 5, 6, 6), 0.5, Source.model("x", "1"), Review.REJECTED, true,
                Map.of("k", "v"), ids.carPolygon(), ids.promptRecord())), (Check) (s, ids, r) -> {
                    assertThat(s.annotation(ids.carBox())).contains((Annotation) r);
                }));
        out.add(Arguments.of("DeleteAnnotations", (Scenario) ids -> new DeleteAnnotations(List.of(ids.carBox(),
                ids.carPolygon())), (Check) (s, ids, r) -> {
                    assertThat(s.annotations(ids.image0())).extracting(Annotation::id).containsExactly(ids.wheelPart());
                    assertThat(s.annotation(ids.wheelPart()).orElseThrow().parentId()).isNull();
                    assertThat(s.phrase(ids.phrase()).orElseThrow().annotationIds()).containsExactly(ids.wheelPart());
                    assertThat(s.expression(ids.expression()).orElseThrow().isNoTarget()).isTrue();
                    assertThat((List<?>) r).hasSize(2);
                }));
        out.add(Arguments.of("AddCaption", (Scenario) ids -> new AddCaption(new Caption(0, ids.image1(), "two cars",
                Source.model("kosmos", "2"))), (Check) (s, ids, r) -> {
                    assertThat(s.captions(ids.image1())).containsExactly((Caption) r);
                }));
        out.add(Arguments.of("UpdateCaption", (Scenario) ids -> new UpdateCaption(new Caption(ids.caption(),
                ids.image0(), "a blue car with a wheel!", null)), (Check) (s, ids, r) -> {
                    assertThat(s.caption(ids.caption()).orElseThrow().text()).isEqualTo("a blue car with a wheel!");
                }));
        out.add(Arguments.of("DeleteCaption", (Scenario) ids -> new DeleteCaption(ids.caption()),
                (Check) (s, ids, r) -> {
                    assertThat(s.captions(ids.image0())).isEmpty();
                    assertThat(s.phrase(ids.phrase())).isEmpty();
                    assertThat(s.counts().phrases()).isZero();
                }));
        out.add(Arguments.of("AddPhrase", (Scenario) ids -> new AddPhrase(new GroundedPhrase(0, ids.caption(), 16,
                21, List.of(ids.wheelPart()))), (Check) (s, ids, r) -> {
                    assertThat(s.phrases(ids.caption())).hasSize(2).contains((GroundedPhrase) r);
                }));
        out.add(Arguments.of("DeletePhrase", (Scenario) ids -> new DeletePhrase(ids.phrase()),
                (Check) (s, ids, r) -> assertThat(s.phrases(ids.caption())).isEmpty()));
        out.add(Arguments.of("UpdatePhrase", (Scenario) ids -> new UpdatePhrase(new GroundedPhrase(ids.phrase(),
                ids.caption(), 6, 9, List.of(ids.carPolygon()))), (Check) (s, ids, r) -> {
                    assertThat(s.phrases(ids.caption())).containsExactly(new GroundedPhrase(ids.phrase(),
                            ids.caption(), 6, 9, List.of(ids.carPolygon())));
                }));
        out.add(Arguments.of("ReviseCaption shifting a phrase", (Scenario) ids -> new ReviseCaption(new Caption(
                ids.caption(), ids.image0(), "the red car with a wheel", null)), (Check) (s, ids, r) -> {
                    assertThat(s.caption(ids.caption()).orElseThrow().text()).isEqualTo("the red car with a wheel");
                    assertThat(s.phrases(ids.caption())).containsExactly(new GroundedPhrase(ids.phrase(),
                            ids.caption(), 4, 11, List.of(ids.carBox(), ids.wheelPart())));
                }));
        out.add(Arguments.of("ReviseCaption dropping a phrase", (Scenario) ids -> new ReviseCaption(new Caption(
                ids.caption(), ids.image0(), "a blue car", null)), (Check) (s, ids, r) -> {
                    assertThat(s.caption(ids.caption()).orElseThrow().text()).isEqualTo("a blue car");
                    assertThat(s.phrases(ids.caption())).isEmpty();
                }));
        out.add(Arguments.of("AddExpression", (Scenario) ids -> new AddExpression(new ReferringExpression(0,
                ids.image0(), "nobody here", List.of(), "rejection")), (Check) (s, ids, r) -> {
                    assertThat(s.expressions(ids.image0())).hasSize(2).contains((ReferringExpression) r);
                }));
        out.add(Arguments.of("UpdateExpression", (Scenario) ids -> new UpdateExpression(new ReferringExpression(
                ids.expression(), ids.image0(), "the car and its wheel", List.of(ids.wheelPart(), ids.carBox()),
                "position")), (Check) (s, ids, r) -> {
                    assertThat(s.expression(ids.expression())).contains((ReferringExpression) r);
                }));
        out.add(Arguments.of("DeleteExpression", (Scenario) ids -> new DeleteExpression(ids.expression()),
                (Check) (s, ids, r) -> assertThat(s.expressions(ids.image0())).isEmpty()));
        out.add(Arguments.of("AddPromptRecord", (Scenario) ids -> new AddPromptRecord(new PromptRecord(0,
                ids.image1(), List.of(), "classic-grabcut", null, 0, null, List.of())), (Check) (s, ids, r) -> {
                    assertThat(s.promptRecords(ids.image1())).containsExactly((PromptRecord) r);
                }));
        out.add(Arguments.of("ImportDataset", (Scenario) ids -> new ImportDataset(Dataset.of(
                List.of(new ImageRecord(1, "img/0.jpg", 64, 48, ""), new ImageRecord(2, "new/x.png", 10, 10, "")),
                List.of(new Category(7, "car", null, null, null), new Category(8, "bus", null, null, null)),
                List.of(Annotation.of(1, 8, new Box(0, 0, 1, 1)), Annotation.of(2, 7, new Box(1, 1, 2, 2))
                        .withId(5)))), (Check) (s, ids, r) -> {
                    assertThat(s.counts().images()).isEqualTo(4);
                    assertThat(s.annotations(ids.image0())).hasSize(4);
                    assertThat(s.categoryByName("bus")).isPresent();
                }));
        out.add(Arguments.of("SetImageDone", (Scenario) ids -> new SetImageDone(List.of(ids.image0(), ids.image2()),
                true), (Check) (s, ids, r) -> {
                    assertThat((List<?>) r).isEqualTo(List.of(ids.image0(), ids.image2()));
                    assertThat(s.imageSummaries()).extracting(ImageSummary::status).containsExactly(
                            ImageStatus.DONE, ImageStatus.UNLABELLED, ImageStatus.DONE);
                }));
        out.add(Arguments.of("DeleteImages", (Scenario) ids -> new DeleteImages(List.of(ids.image0(), ids.image2())),
                (Check) (s, ids, r) -> {
                    assertThat((List<?>) r).extracting(i -> ((ImageRecord) i).path())
                            .containsExactly("img/0.jpg", "img/2.jpg");
                    assertThat(s.images()).extracting(ImageRecord::id).containsExactly(ids.image1());
                    assertThat(s.counts()).isEqualTo(new ProjectCounts(1, 0, 2, 0, 0, 0, 0));
                }));
        out.add(Arguments.of("DeleteCategory with reassignment", (Scenario) ids -> new DeleteCategory(ids.car(),
                ids.wheel()), (Check) (s, ids, r) -> {
                    assertThat(((Category) r).name()).isEqualTo("car");
                    assertThat(s.categories()).extracting(Category::name).containsExactly("wheel");
                    assertThat(s.category(ids.wheel()).orElseThrow().parentId()).isNull();
                    assertThat(s.annotations(ids.image0())).extracting(Annotation::categoryId)
                            .containsOnly(ids.wheel());
                }));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void commandThenUndoThenRedoRestoresExactStates(String name, Scenario scenario, Check check) throws Exception {
        Projects.Ids ids;
        String before;
        String after;
        try (ProjectStore store = ProjectStore.create(dir)) {
            ids = Projects.rich(store);
            before = DbDump.data(dir);
            int steps = store.undoLabels().size();
            Command<?> command = scenario.command(ids);
            Object result = store.apply(command);
            check.verify(store, ids, result);
            after = DbDump.data(dir);
            assertThat(after).isNotEqualTo(before);
            assertThat(store.undoLabels()).hasSize(steps + 1).first().isEqualTo(command.label());

            assertThat(store.undo()).contains(command.label());
            assertThat(DbDump.data(dir)).isEqualTo(before);
            assertThat(store.canRedo()).isTrue();
            assertThat(store.redo()).contains(command.label());
            assertThat(DbDump.data(dir)).isEqualTo(after);
            check.verify(store, ids, result);
            store.undo();
            assertThat(DbDump.data(dir)).isEqualTo(before);
            assertThat(store.checkIntegrity()).isEmpty();
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertThat(store.canRedo()).isTrue();
            store.redo();
            assertThat(DbDump.data(dir)).isEqualTo(after);
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }
}
