package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.json.RandomShapes;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ProjectStore#imageSummaries()}, {@link ProjectStore#imageSummary} and {@link ProjectStore#categoryCounts()}
 * against a brute-force count (every annotation read through {@link ProjectStore#annotations}, the done flag read
 * from the table) after each step of seeded random edit histories, undo and redo included.
 */
class ImageSummariesTest {

    @TempDir
    Path dir;

    @Test
    void summariesAndCategoryCountsMatchABruteForceCountOnRandomProjects() throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            Path project = Files.createDirectories(dir.resolve("p" + seed));
            run(project, seed);
        }
    }

    @Test
    void emptyProjectAndMissingImage() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            assertThat(store.imageSummaries()).isEmpty();
            assertThat(store.categoryCounts()).isEmpty();
            long image = store.apply(new AddImages(Projects.images(1))).get(0).id();
            long label = store.apply(new AddCategory(Category.named("unused"))).id();
            assertThat(store.imageSummaries()).containsExactly(new ImageSummary(image, 0, false, false, false,
                    new long[0]));
            assertThat(store.imageSummary(image + 1)).isEmpty();
            assertThat(store.categoryCounts()).containsExactly(Map.entry(label, 0L));
        }
    }

    @Test
    void summaryQueryReadsTheCoveringIndexNotTheAnnotationRows() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            Projects.rich(store);
        }
        StringBuilder plan = new StringBuilder();
        DbDump.query(dir, "EXPLAIN QUERY PLAN " + SummaryQueries.ALL_SQL,
                rs -> plan.append(rs.getString("detail")).append('\n'));
        assertThat(plan.toString()).contains("USING COVERING INDEX annotations_image_category");
    }

    private void run(Path project, long seed) throws Exception {
        RandomShapes shapes = new RandomShapes(seed);
        Random random = shapes.random();
        try (ProjectStore store = ProjectStore.create(project)) {
            store.apply(new AddImages(Projects.images(6 + random.nextInt(10))));
            for (int c = 0; c < 3 + random.nextInt(4); c++) {
                store.apply(new AddCategory(Category.named("c" + c)));
            }
            int added = 0;
            for (int op = 0; op < 120; op++) {
                List<ImageRecord> images = store.images();
                List<Category> categories = store.categories();
                ImageRecord image = images.get(random.nextInt(images.size()));
                int choice = random.nextInt(12);
                if (choice <= 3) {
                    List<Annotation> batch = new ArrayList<>();
                    for (int i = 0; i < 1 + random.nextInt(5); i++) {
                        long category = categories.get(random.nextInt(categories.size())).id();
                        Source source = random.nextBoolean() ? Source.human()
                                : Source.model("m" + random.nextInt(2), "1");
                        batch.add(new Annotation(0, image.id(), category, shapes.geometry("box", image.height(),
                                image.width()), null, source, Review.ACCEPTED, false, Map.of(), null, null));
                    }
                    store.apply(new AddAnnotations(batch));
                } else if (choice == 4) {
                    List<Annotation> present = store.annotations(image.id());
                    if (!present.isEmpty()) {
                        store.apply(new DeleteAnnotations(List.of(present.get(random.nextInt(present.size())).id())));
                    }
                } else if (choice == 5) {
                    List<Annotation> present = store.annotations(image.id());
                    if (!present.isEmpty()) {
                        ImageRecord other = images.get(random.nextInt(images.size()));
                        Annotation a = present.get(random.nextInt(present.size()));
                        store.apply(new UpdateAnnotation(new Annotation(a.id(), other.id(),
                                categories.get(random.nextInt(categories.size())).id(), a.geometry(), a.score(),
                                a.source(), a.review(), a.crowd(), a.attributes(), null, null)));
                    }
                } else if (choice == 6) {
                    List<Long> ids = new ArrayList<>();
                    for (ImageRecord i : images) {
                        if (random.nextInt(3) == 0) {
                            ids.add(i.id());
                        }
                    }
                    store.apply(new SetImageDone(ids, random.nextInt(3) > 0));
                } else if (choice == 7 && images.size() > 3) {
                    store.apply(new DeleteImages(List.of(image.id())));
                } else if (choice == 7) {
                    store.apply(new AddImages(Projects.images("added/", 2 + added).subList(added, added + 2)));
                    added += 2;
                } else if (choice == 8 && categories.size() > 2) {
                    long from = categories.get(random.nextInt(categories.size())).id();
                    long into = categories.get(random.nextInt(categories.size())).id();
                    if (from != into) {
                        store.apply(random.nextBoolean() ? new DeleteCategory(from, into)
                                : new MergeCategories(from, into));
                    }
                } else if (choice == 8) {
                    store.apply(new AddCategory(Category.named("n" + op)));
                } else if (choice <= 10) {
                    store.undo();
                } else {
                    store.redo();
                }
                assertMatchesBruteForce(store, project, random, "seed " + seed + " op " + op);
            }
        }
    }

    private static void assertMatchesBruteForce(ProjectStore store, Path project, Random random, String where) {
        Map<Long, Boolean> done = new HashMap<>();
        DbDump.query(project, "SELECT id, done FROM images", rs -> done.put(rs.getLong(1), rs.getInt(2) == 1));
        Map<Long, Long> perCategory = new TreeMap<>();
        for (Category c : store.categories()) {
            perCategory.put(c.id(), 0L);
        }
        List<ImageSummary> expected = new ArrayList<>();
        for (ImageRecord image : store.images()) {
            TreeSet<Long> categories = new TreeSet<>();
            boolean human = false;
            boolean model = false;
            List<Annotation> annotations = store.annotations(image.id());
            for (Annotation a : annotations) {
                categories.add(a.categoryId());
                human |= a.source().isHuman();
                model |= !a.source().isHuman();
                perCategory.merge(a.categoryId(), 1L, Long::sum);
            }
            expected.add(new ImageSummary(image.id(), annotations.size(), done.get(image.id()), human, model,
                    categories.stream().mapToLong(Long::longValue).toArray()));
        }
        List<ImageSummary> actual = store.imageSummaries();
        assertThat(actual).as(where).isEqualTo(expected);
        for (ImageSummary s : actual) {
            assertThat(s.status()).as(where).isEqualTo(s.done() ? ImageStatus.DONE
                    : s.annotations() == 0 ? ImageStatus.UNLABELLED : ImageStatus.IN_PROGRESS);
        }
        ImageSummary one = expected.get(random.nextInt(expected.size()));
        assertThat(store.imageSummary(one.imageId())).as(where).contains(one);
        assertThat(new ArrayList<>(store.categoryCounts().entrySet())).as(where)
                .isEqualTo(new ArrayList<>(new LinkedHashMap<>(perCategory).entrySet()));
    }
}
