package dev.promptcanvas.annotations.formats.yolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YoloRoundTripTest {

    @TempDir
    Path project;

    @TempDir
    Path out;

    private Dataset randomDataset(long seed, boolean polygons) throws Exception {
        RandomDatasets random = new RandomDatasets(seed);
        List<ImageRecord> images = List.of(new ImageRecord(1, "one.png", 97, 61, ""),
                new ImageRecord(2, "sub/two.png", 40, 130, ""), new ImageRecord(3, "three.png", 300, 200, ""));
        YoloWriterTest.writePngs(project, images);
        List<Category> categories = List.of(Category.named("a").withId(10), Category.named("b").withId(20),
                Category.named("c c").withId(30));
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ImageRecord image = images.get(i % 3);
            long category = categories.get(random.random().nextInt(3)).id();
            annotations.add(Annotation.of(image.id(), category, polygons
                    ? Polygon.of(random.ring(image.width(), image.height()))
                    : random.box(image.width(), image.height())).withId(i + 1));
        }
        return Dataset.of(images, categories, annotations);
    }

    @Test
    void boxesComeBackWithinAMicroUnitOfTheImageSize() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Dataset d = randomDataset(seed, false);
            Path dir = out.resolve("s" + seed);
            new YoloFormat().export(ExportSource.of(d), dir, WriteOptions.defaults(project));
            ReadResult back = new YoloFormat().read(dir, ReadOptions.defaults());
            assertThat(back.skipped()).isEmpty();
            Dataset r = back.dataset();
            assertThat(r.categories()).extracting(Category::name).containsExactly("a", "b", "c c");
            assertThat(r.images()).extracting(ImageRecord::path)
                    .containsExactlyInAnyOrder("images/train/one.png", "images/train/two.png", "images/train/three.png");
            assertThat(r.annotations()).hasSize(d.annotations().size());
            for (ImageRecord original : d.images()) {
                ImageRecord read = r.images().stream().filter(i -> i.path().endsWith("/" + original.fileName()))
                        .findFirst().orElseThrow();
                assertThat(new int[] {read.width(), read.height()})
                        .containsExactly(original.width(), original.height());
                List<Annotation> before = d.annotations().stream().filter(a -> a.imageId() == original.id()).toList();
                List<Annotation> after = r.annotations().stream().filter(a -> a.imageId() == read.id()).toList();
                assertThat(after).hasSize(before.size());
                double tol = 1e-6 * Math.max(original.width(), original.height());
                for (int k = 0; k < before.size(); k++) {
                    Box b = (Box) before.get(k).geometry();
                    Box a = (Box) after.get(k).geometry();
                    assertThat(new double[] {a.x1(), a.y1(), a.x2(), a.y2()})
                            .containsExactly(new double[] {b.x1(), b.y1(), b.x2(), b.y2()}, within(tol));
                    assertThat(categoryName(r, after.get(k))).isEqualTo(categoryName(d, before.get(k)));
                }
            }
        }
    }

    @Test
    void polygonsComeBackVertexForVertex() throws Exception {
        Dataset d = randomDataset(42, true);
        new YoloFormat().export(ExportSource.of(d), out,
                WriteOptions.defaults(project).withFormatOptions(Map.of("task", "segment")));
        Dataset r = new YoloFormat().read(out.resolve("data.yaml"), ReadOptions.defaults()).dataset();
        ImageRecord three = r.images().stream().filter(i -> i.path().endsWith("three.png")).findFirst().orElseThrow();
        List<Annotation> before = d.annotations().stream().filter(a -> a.imageId() == 3).toList();
        List<Annotation> after = r.annotations().stream().filter(a -> a.imageId() == three.id()).toList();
        assertThat(after).hasSize(before.size());
        for (int k = 0; k < before.size(); k++) {
            double[] b = ((Polygon) before.get(k).geometry()).parts().get(0).shell().coordinates();
            double[] a = ((Polygon) after.get(k).geometry()).parts().get(0).shell().coordinates();
            assertThat(a).containsExactly(b, within(300e-6));
        }
    }

    @Test
    void readsMapNamesListFilesAndImagesOutsideImagesFolders() throws Exception {
        Path root = out;
        Files.createDirectories(root.resolve("pics"));
        YoloWriterTest.writePngs(root, List.of(new ImageRecord(1, "pics/p.png", 50, 20, "")));
        Files.writeString(root.resolve("pics/p.txt"), "1 0.5 0.5 0.2 0.5\n\n");
        Files.writeString(root.resolve("list.txt"), "./pics/p.png\n");
        Files.writeString(root.resolve("custom.yaml"), """
                # comment
                train: list.txt   # trailing comment
                names: {0: 'zero', 1: "one # not a comment"}
                """);
        Dataset r = new YoloFormat().read(root, ReadOptions.defaults()).dataset();
        assertThat(r.categories()).extracting(Category::name).containsExactly("zero", "one # not a comment");
        assertThat(r.images()).extracting(ImageRecord::path).containsExactly("pics/p.png");
        assertThat(r.annotations()).hasSize(1);
        assertThat(r.annotations().get(0).categoryId()).isEqualTo(2);
        assertThat(r.annotations().get(0).geometry()).isEqualTo(new Box(20, 5, 30, 15));
    }

    private static String categoryName(Dataset d, Annotation a) {
        return d.categories().stream().filter(c -> c.id() == a.categoryId()).findFirst().orElseThrow().name();
    }
}
