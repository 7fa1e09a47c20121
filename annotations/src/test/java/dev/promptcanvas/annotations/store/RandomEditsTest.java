package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.json.RandomShapes;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random sequences of edits, undos and redos: the counters always match the tables, the database stays
 * consistent, undoing everything returns exactly to the start and redoing everything exactly to the end.
 */
class RandomEditsTest {

    @TempDir
    Path dir;

    @Test
    void randomHistoriesUndoAndRedoExactly() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path project = dir.resolve("p" + seed);
            java.nio.file.Files.createDirectories(project);
            run(project, seed);
        }
    }

    private void run(Path project, long seed) throws Exception {
        RandomShapes shapes = new RandomShapes(seed);
        Random random = shapes.random();
        try (ProjectStore store = ProjectStore.create(project)) {
            List<ImageRecord> images = store.apply(new AddImages(Projects.images(4)));
            for (String name : List.of("a", "b", "c", "d")) {
                store.apply(new AddCategory(Category.named(name)));
            }
            int setupSteps = store.undoLabels().size();
            String start = DbDump.data(project);
            for (int op = 0; op < 250; op++) {
                step(store, images, shapes, random, setupSteps);
                assertCountersMatch(store, project);
                if (op % 50 == 49) {
                    assertThat(store.checkIntegrity()).isEmpty();
                }
            }
            String end = DbDump.data(project);
            int undone = 0;
            while (store.undoLabels().size() > setupSteps) {
                store.undo();
                undone++;
            }
            assertThat(DbDump.data(project)).as("seed " + seed + " after undoing everything").isEqualTo(start);
            for (int i = 0; i < undone; i++) {
                store.redo();
            }
            assertThat(DbDump.data(project)).as("seed " + seed + " after redoing everything").isEqualTo(end);
            assertThat(store.checkIntegrity()).isEmpty();
        }
    }

    private static void step(ProjectStore store, List<ImageRecord> images, RandomShapes shapes, Random random,
                             int setupSteps) throws StoreException {
        ImageRecord image = images.get(random.nextInt(images.size()));
        List<Category> categories = store.categories();
        long category = categories.get(random.nextInt(categories.size())).id();
        List<Annotation> present = store.annotations(image.id());
        List<Caption> captions = store.captions(image.id());
        List<ReferringExpression> expressions = store.expressions(image.id());
        int choice = random.nextInt(18);
        if (choice <= 2) {
            List<Annotation> batch = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                Long parent = present.isEmpty() || random.nextBoolean() ? null
                        : present.get(random.nextInt(present.size())).id();
                batch.add(new Annotation(0, image.id(), category, shapes.geometry(image.height(), image.width()),
                        random.nextBoolean() ? null : random.nextDouble(), random.nextBoolean() ? Source.human()
                        : Source.model("m" + random.nextInt(3), "1"), Review.values()[random.nextInt(3)],
                        random.nextBoolean(), random.nextBoolean() ? Map.of() : Map.of("k", shapes.text()), parent,
                        null));
            }
            store.apply(new AddAnnotations(batch));
        } else if (choice == 3 && !present.isEmpty()) {
            Annotation a = present.get(random.nextInt(present.size()));
            store.apply(new UpdateAnnotation(a.withGeometry(shapes.geometry(image.height(), image.width()))
                    .withCategory(category).withReview(Review.values()[random.nextInt(3)])));
        } else if (choice == 4 && !present.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                ids.add(present.get(random.nextInt(present.size())).id());
            }
            store.apply(new DeleteAnnotations(ids));
        } else if (choice == 5) {
            store.apply(new AddCaption(new Caption(0, image.id(), "caption " + shapes.text() + " with words", null)));
        } else if (choice == 6 && !captions.isEmpty()) {
            Caption c = captions.get(random.nextInt(captions.size()));
            int start = random.nextInt(c.text().length());
            store.apply(new AddPhrase(new GroundedPhrase(0, c.id(), start, start + random.nextInt(
                    c.text().length() - start + 1), distinctTargets(present, random))));
        } else if (choice == 7 && !captions.isEmpty()) {
            Caption c = captions.get(random.nextInt(captions.size()));
            List<GroundedPhrase> phrases = store.phrases(c.id());
            if (random.nextBoolean() && !phrases.isEmpty()) {
                store.apply(new DeletePhrase(phrases.get(0).id()));
            } else if (random.nextBoolean()) {
                store.apply(new DeleteCaption(c.id()));
            } else {
                store.apply(new UpdateCaption(new Caption(c.id(), c.imageId(), c.text() + " more", c.source())));
            }
        } else if (choice == 8) {
            store.apply(new AddExpression(new ReferringExpression(0, image.id(), "expr " + random.nextInt(100),
                    distinctTargets(present, random), random.nextBoolean() ? null : "position")));
        } else if (choice == 9 && !expressions.isEmpty()) {
            ReferringExpression e = expressions.get(random.nextInt(expressions.size()));
            if (random.nextBoolean()) {
                store.apply(new DeleteExpression(e.id()));
            } else {
                store.apply(new UpdateExpression(new ReferringExpression(e.id(), e.imageId(), e.text() + "!",
                        distinctTargets(present, random), e.domain())));
            }
        } else if (choice == 10) {
            store.apply(new AddCategory(Category.named("cat" + random.nextInt(1_000_000))));
        } else if (choice == 11 && categories.size() > 2) {
            long into = categories.get(random.nextInt(categories.size())).id();
            if (into != category) {
                store.apply(new MergeCategories(category, into));
            }
        } else if (choice == 12) {
            store.apply(new AddAnnotation(Annotation.of(image.id(), category,
                    shapes.geometry(image.height(), image.width())), shapes.promptRecord(0, image.id())));
        } else if (choice == 16) {
            List<Long> ids = new ArrayList<>();
            for (ImageRecord i : images) {
                if (random.nextBoolean()) {
                    ids.add(i.id());
                }
            }
            store.apply(new SetImageDone(ids, random.nextBoolean()));
        } else if (choice == 17 && categories.size() > 2) {
            long into = categories.get(random.nextInt(categories.size())).id();
            if (into != category) {
                store.apply(new DeleteCategory(category, into));
            }
        } else if (choice == 13 || choice == 14) {
            if (store.undoLabels().size() > setupSteps) {
                store.undo();
            }
        } else if (choice == 15) {
            store.redo();
        }
    }

    private static List<Long> distinctTargets(List<Annotation> present, Random random) {
        List<Long> ids = new ArrayList<>();
        for (Annotation a : present) {
            if (random.nextInt(3) == 0) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    private static void assertCountersMatch(ProjectStore store, Path project) {
        ProjectCounts[] actual = new ProjectCounts[1];
        DbDump.query(project, "SELECT (SELECT count(*) FROM images), (SELECT count(*) FROM annotations), "
                + "(SELECT count(*) FROM categories), (SELECT count(*) FROM captions), (SELECT count(*) FROM phrases), "
                + "(SELECT count(*) FROM expressions), (SELECT count(*) FROM prompt_records)",
                rs -> actual[0] = new ProjectCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)));
        assertThat(store.counts()).isEqualTo(actual[0]);
    }
}
