package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportDatasetTest {

    @TempDir
    Path dir;

    /**
     * A dataset with local ids far from the project's: image 100 matches by path, 101 by unique file name, 102 is
     * new, 103 has a name shared by two project images (so it is new); categories car (matched) and bus (new,
     * child of new vehicle); an object and its part; a prompt record; a caption with a phrase; an expression.
     */
    static Dataset dataset() {
        List<ImageRecord> images = List.of(
                new ImageRecord(100, "img/0.jpg", 64, 48, ""),
                new ImageRecord(101, "elsewhere/1.jpg", 65, 49, ""),
                new ImageRecord(102, "new/a.png", 20, 10, "abc"),
                new ImageRecord(103, "x/dup.jpg", 30, 30, ""));
        List<Category> categories = List.of(
                new Category(500, "bus", "#010203", 501L, "road"),
                new Category(501, "vehicle", null, null, null),
                new Category(502, "car", null, null, null));
        RandomShapes shapes = new RandomShapes(4);
        List<Annotation> annotations = List.of(
                new Annotation(900, 102, 500, new Box(1, 1, 5, 5), 0.9, Source.model("yolo", "8"), Review.SUGGESTED,
                        false, Map.of("a", "b"), null, 700L),
                new Annotation(901, 102, 502, shapes.mask(10, 20), null, null, null, true, null, 900L, null),
                Annotation.of(100, 502, new Point(3, 3)).withId(902),
                Annotation.of(101, 500, new Box(0, 0, 2, 2)).withId(903));
        List<PromptRecord> records = List.of(shapes.promptRecord(700, 102));
        List<Caption> captions = List.of(new Caption(300, 102, "a bus and its wheel", null));
        List<GroundedPhrase> phrases = List.of(new GroundedPhrase(400, 300, 2, 5, List.of(900L, 901L)));
        List<ReferringExpression> expressions = List.of(
                new ReferringExpression(600, 102, "the bus", List.of(900L), "attribute"),
                new ReferringExpression(601, 103, "nothing", List.of(), "rejection"));
        return new Dataset(images, categories, annotations, captions, phrases, expressions, records);
    }

    private ProjectStore projectWithDuplicateNames() throws StoreException {
        ProjectStore store = ProjectStore.create(dir);
        store.apply(new AddImages(Projects.images(3)));
        store.apply(new AddImages(List.of(new ImageRecord(0, "a/dup.jpg", 30, 30, ""),
                new ImageRecord(0, "b/dup.jpg", 30, 30, ""))));
        store.apply(new AddCategory(Category.named("car")));
        return store;
    }

    @Test
    void remapsIdsMatchesImagesAndCategoriesAndReports() throws Exception {
        try (ProjectStore store = projectWithDuplicateNames()) {
            ImportReport report = store.apply(new ImportDataset(dataset(), "Import test"));
            assertThat(report).isEqualTo(new ImportReport(2, 2, 2, 1, 4, 1, 1, 2, 1));
            assertThat(store.undoLabels()).first().isEqualTo("Import test");

            ImageRecord added = store.imageByPath("new/a.png").orElseThrow();
            assertThat(added).isEqualTo(new ImageRecord(6, "new/a.png", 20, 10, "abc"));
            assertThat(store.imageByPath("x/dup.jpg")).isPresent();
            assertThat(store.imageByPath("elsewhere/1.jpg")).as("matched by file name, not added").isEmpty();

            Category vehicle = store.categoryByName("vehicle").orElseThrow();
            Category bus = store.categoryByName("bus").orElseThrow();
            assertThat(bus.parentId()).isEqualTo(vehicle.id());
            assertThat(bus.color()).isEqualTo("#010203");
            long car = store.categoryByName("car").orElseThrow().id();
            assertThat(car).isEqualTo(1);

            List<Annotation> onAdded = store.annotations(added.id());
            assertThat(onAdded).hasSize(2);
            Annotation object = onAdded.get(0);
            Annotation part = onAdded.get(1);
            assertThat(object.categoryId()).isEqualTo(bus.id());
            assertThat(object.attributes()).containsEntry("a", "b");
            assertThat(part.parentId()).isEqualTo(object.id());
            assertThat(part.categoryId()).isEqualTo(car);
            assertThat(part.geometry()).isEqualTo(dataset().annotations().get(1).geometry());
            PromptRecord record = store.promptRecord(object.promptRecordId()).orElseThrow();
            assertThat(record.imageId()).isEqualTo(added.id());
            assertThat(record.prompts()).isEqualTo(dataset().promptRecords().get(0).prompts());

            assertThat(store.annotations(1)).extracting(Annotation::geometry).containsExactly(new Point(3, 3));
            assertThat(store.annotations(2)).extracting(Annotation::categoryId).containsExactly(bus.id());

            Caption caption = store.captions(added.id()).get(0);
            assertThat(store.phrases(caption.id())).singleElement()
                    .satisfies(p -> assertThat(p.annotationIds()).containsExactly(object.id(), part.id()));
            assertThat(store.expressions(added.id())).singleElement()
                    .satisfies(e -> assertThat(e.targetIds()).containsExactly(object.id()));
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    @Test
    void importIsOneUndoStep() throws Exception {
        try (ProjectStore store = projectWithDuplicateNames()) {
            String before = DbDump.data(dir);
            store.apply(new ImportDataset(dataset()));
            String after = DbDump.data(dir);
            assertThat(store.undo()).contains("Import dataset");
            assertThat(DbDump.data(dir)).isEqualTo(before);
            store.redo();
            assertThat(DbDump.data(dir)).isEqualTo(after);
        }
    }

    static Stream<Arguments> brokenDatasets() {
        List<Arguments> out = new ArrayList<>();
        broken(out, "dataset annotation 902: image 7 is not in the dataset", d -> replaceAnnotation(d, 2,
                Annotation.of(7, 502, new Point(3, 3)).withId(902)));
        broken(out, "dataset annotation 903: category 9 is not in the dataset", d -> replaceAnnotation(d, 3,
                Annotation.of(101, 9, new Box(0, 0, 2, 2)).withId(903)));
        broken(out, "dataset annotation 901: parent annotation 77 is not in the dataset", d -> replaceAnnotation(d, 1,
                new Annotation(901, 102, 502, new Box(0, 0, 1, 1), null, null, null, false, null, 77L, null)));
        broken(out, "dataset annotation 900: prompt record 1 is not in the dataset", d -> replaceAnnotation(d, 0,
                new Annotation(900, 102, 500, new Box(0, 0, 1, 1), null, null, null, false, null, null, 1L)));
        broken(out, "dataset annotation 900: mask is 5x5 but image 102 (new/a.png) is 20x10", d -> replaceAnnotation(d,
                0, Annotation.of(102, 500, new RandomShapes(1).mask(5, 5)).withId(900)));
        broken(out, "dataset annotation 900: parent links form a cycle", d -> replaceAnnotation(d, 0,
                new Annotation(900, 102, 500, new Box(0, 0, 1, 1), null, null, null, false, null, 901L, null)));
        broken(out, "dataset phrase 400: annotation 905 is not in the dataset", d -> new Dataset(d.images(),
                d.categories(), d.annotations(), d.captions(),
                List.of(new GroundedPhrase(400, 300, 2, 5, List.of(900L, 905L))), d.expressions(), d.promptRecords()));
        broken(out, "dataset phrase 400: caption 301 is not in the dataset", d -> new Dataset(d.images(),
                d.categories(), d.annotations(), d.captions(), List.of(new GroundedPhrase(400, 301, 2, 5, List.of())),
                d.expressions(), d.promptRecords()));
        broken(out, "dataset referring expression 600: annotation 902 is on image 100, not on image 102",
                d -> new Dataset(d.images(), d.categories(), d.annotations(), d.captions(), d.phrases(),
                        List.of(new ReferringExpression(600, 102, "x", List.of(902L), null)), d.promptRecords()));
        broken(out, "dataset category 500 (bus): parent category 9 is not in the dataset", d -> new Dataset(d.images(),
                List.of(new Category(500, "bus", null, 9L, null), new Category(502, "car", null, null, null)),
                d.annotations(), d.captions(), d.phrases(), d.expressions(), d.promptRecords()));
        broken(out, "dataset image id 100 is used twice", d -> new Dataset(
                List.of(d.images().get(0), d.images().get(1), d.images().get(2), d.images().get(3),
                        new ImageRecord(100, "z.jpg", 1, 1, "")),
                d.categories(), d.annotations(), d.captions(), d.phrases(), d.expressions(), d.promptRecords()));
        broken(out, "dataset image 100 (img/0.jpg): the dataset says 640x480 but the project has 64x48",
                d -> new Dataset(List.of(new ImageRecord(100, "img/0.jpg", 640, 480, ""), d.images().get(1),
                        d.images().get(2), d.images().get(3)), d.categories(), List.of(), List.of(), List.of(),
                        List.of(), List.of()));
        return out.stream();
    }

    private static void broken(List<Arguments> out, String message, UnaryOperator<Dataset> breakIt) {
        out.add(Arguments.of(message, breakIt));
    }

    private static Dataset replaceAnnotation(Dataset d, int index, Annotation a) {
        List<Annotation> annotations = new ArrayList<>(d.annotations());
        annotations.set(index, a);
        return new Dataset(d.images(), d.categories(), annotations, d.captions(), d.phrases(), d.expressions(),
                d.promptRecords());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDatasets")
    void danglingReferenceFailsAndLeavesTheProjectUnchanged(String message, UnaryOperator<Dataset> breakIt)
            throws Exception {
        try (ProjectStore store = projectWithDuplicateNames()) {
            String everything = DbDump.everything(dir);
            ProjectCounts counts = store.counts();
            Dataset snapshot = store.snapshot();
            List<String> labels = store.undoLabels();
            assertThatThrownBy(() -> store.apply(new ImportDataset(breakIt.apply(dataset()))))
                    .isInstanceOf(StoreException.class)
                    .hasMessage(message);
            assertThat(store.counts()).isEqualTo(counts);
            assertThat(store.snapshot()).isEqualTo(snapshot);
            assertThat(store.undoLabels()).isEqualTo(labels);
            assertThat(DbDump.everything(dir)).isEqualTo(everything);
        }
    }

    @Test
    void snapshotHoldsEverythingWithProjectIds() throws Exception {
        try (ProjectStore store = projectWithDuplicateNames()) {
            store.apply(new ImportDataset(dataset()));
            Dataset all = store.snapshot();
            assertThat(all.images()).hasSize(7);
            assertThat(all.categories()).hasSize(3);
            assertThat(all.annotations()).hasSize(4);
            assertThat(all.captions()).hasSize(1);
            assertThat(all.phrases()).hasSize(1);
            assertThat(all.expressions()).hasSize(2);
            assertThat(all.promptRecords()).hasSize(1);
            // importing the snapshot into a fresh project reproduces it
            Path other = dir.resolve("other");
            java.nio.file.Files.createDirectories(other);
            try (ProjectStore copy = ProjectStore.create(other)) {
                copy.apply(new ImportDataset(all));
                assertThat(copy.snapshot()).isEqualTo(all);
            }
        }
    }
}
