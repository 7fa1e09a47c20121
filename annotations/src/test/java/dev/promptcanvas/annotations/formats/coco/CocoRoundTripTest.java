package dev.promptcanvas.annotations.formats.coco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CocoRoundTripTest {

    @TempDir
    Path dir;

    /** Polygons, whole-pixel boxes, RLE masks, crowds, scores, attributes and captions on three images. */
    private static Dataset randomDataset(long seed) {
        RandomDatasets random = new RandomDatasets(seed);
        List<ImageRecord> images = List.of(new ImageRecord(1, "img/a.jpg", 64, 48, ""),
                new ImageRecord(2, "img/b.jpg", 31, 77, ""), new ImageRecord(3, "c.png", 50, 50, ""));
        List<Category> categories = List.of(new Category(1, "person", null, null, "human"),
                new Category(2, "car", null, null, null), new Category(3, "tree", null, null, "plant"));
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ImageRecord image = images.get(random.random().nextInt(images.size()));
            int w = image.width();
            int h = image.height();
            Geometry g = switch (i % 4) {
                case 0 -> random.polygon(w, h);
                case 1 -> random.integerBox(w, h);
                default -> random.mask(w, h);
            };
            boolean crowd = i % 4 == 3;
            Double score = i % 3 == 0 ? Math.round(random.random().nextDouble() * 1000) / 1000.0 : null;
            Map<String, String> attributes = i % 5 == 0 ? Map.of("occluded", "true", "note", "n" + i) : Map.of();
            annotations.add(new Annotation(annotations.size() + 1L, image.id(), 1 + random.random().nextInt(3), g,
                    score, Source.human(), Review.ACCEPTED, crowd, attributes, null, null));
        }
        List<Caption> captions = List.of(new Caption(1, 2, "A car in the rain.", Source.human()),
                new Caption(2, 1, "Two people, one tree.", Source.human()));
        return new Dataset(images, categories, annotations, captions, List.of(), List.of(), List.of());
    }

    private static Dataset readBoth(Path instances) throws Exception {
        Dataset main = new CocoFormat().read(instances, ReadOptions.defaults()).dataset();
        Dataset captions = new CocoFormat().read(CocoFormat.captionsPathFor(instances), ReadOptions.defaults())
                .dataset();
        assertThat(captions.images()).isEqualTo(main.images());
        return new Dataset(main.images(), main.categories(), main.annotations(), captions.captions(), null, null,
                null);
    }

    @Test
    void datasetToCocoToDatasetKeepsEverything() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Dataset original = randomDataset(seed);
            Path file = dir.resolve("instances_" + seed + ".json");
            new CocoFormat().write(original, file, WriteOptions.defaults(null));
            assertThat(readBoth(file)).isEqualTo(groupedByImage(original));
        }
    }

    @Test
    void cocoToDatasetToCocoIsStable() throws Exception {
        Path first = dir.resolve("instances_first.json");
        new CocoFormat().write(randomDataset(42), first, WriteOptions.defaults(null));
        Path second = dir.resolve("instances_second.json");
        ReadResult read = new CocoFormat().read(first, ReadOptions.defaults());
        assertThat(read.skipped()).isEmpty();
        new CocoFormat().write(readBoth(first), second, WriteOptions.defaults(null));
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(CocoFormat.captionsPathFor(second)))
                .isEqualTo(Files.readString(CocoFormat.captionsPathFor(first)));
    }

    @Test
    void aHandWrittenCocoFileSurvivesARoundTrip() throws Exception {
        Path input = dir.resolve("given.json");
        Files.writeString(input, """
                {"images": [{"id": 3, "file_name": "x.jpg", "width": 8, "height": 6}],
                 "categories": [{"id": 5, "name": "blob", "supercategory": "thing"}],
                 "annotations": [
                   {"id": 1, "image_id": 3, "category_id": 5, "iscrowd": 1,
                    "segmentation": {"size": [6, 8], "counts": [7, 3, 3, 3, 32]}},
                   {"id": 2, "image_id": 3, "category_id": 5, "segmentation": [[0.5, 0.5, 6.5, 1, 3, 5.5]],
                    "score": 0.5}]}
                """);
        Dataset once = new CocoFormat().read(input, ReadOptions.defaults()).dataset();
        Path output = dir.resolve("again.json");
        new CocoFormat().write(once, output, WriteOptions.defaults(null));
        Dataset twice = new CocoFormat().read(output, ReadOptions.defaults()).dataset();
        assertThat(twice).isEqualTo(once);
        assertThat(twice.annotations().get(0).crowd()).isTrue();
        assertThat(twice.annotations().get(0).geometry().kind()).isEqualTo("mask");
        assertThat(twice.annotations().get(1).geometry().kind()).isEqualTo("polygon");
    }

    /** The writer streams image by image: annotations come out grouped by image, in image order. */
    private static Dataset groupedByImage(Dataset d) {
        List<Annotation> grouped = new java.util.ArrayList<>();
        List<dev.promptcanvas.annotations.model.Caption> captions = new java.util.ArrayList<>();
        for (var image : d.images()) {
            d.annotations().stream().filter(a -> a.imageId() == image.id())
                    .forEach(a -> grouped.add(a.withId(grouped.size() + 1)));
            d.captions().stream().filter(c -> c.imageId() == image.id())
                    .forEach(c -> captions.add(c.withId(captions.size() + 1)));
        }
        return new Dataset(d.images(), d.categories(), grouped, captions, d.phrases(), d.expressions(),
                d.promptRecords());
    }
}
