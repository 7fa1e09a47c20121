package dev.promptcanvas.annotations.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.formats.coco.CocoFormat;
import dev.promptcanvas.annotations.formats.labelme.LabelMeFormat;
import dev.promptcanvas.annotations.formats.labelme.PngMaskEncoder;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the exports that scripts/coco-check and scripts/labelme-check open with pycocotools and LabelMe: into
 * {@code $PROMPTCANVAS_EXPORT_SAMPLES} when set, else a temporary folder. Either way each export is read back.
 * With {@code $PROMPTCANVAS_LABELME_EXAMPLES} (LabelMe's example folder, images included) those are re-exported too.
 */
class ExportSamplesTest {

    @TempDir
    Path temp;

    private Path root() throws IOException {
        String env = System.getenv("PROMPTCANVAS_EXPORT_SAMPLES");
        Path root = env == null || env.isBlank() ? temp : Path.of(env);
        Files.createDirectories(root);
        return root;
    }

    /** Every geometry kind on a few images of odd sizes, with masks, holes, crowds, scores and attributes. */
    static Dataset sampleDataset(long seed) {
        RandomDatasets random = new RandomDatasets(seed);
        List<ImageRecord> images = List.of(new ImageRecord(1, "images/street.png", 96, 64, ""),
                new ImageRecord(2, "images/room.png", 57, 81, ""), new ImageRecord(3, "field.png", 120, 45, ""));
        List<Category> categories = List.of(new Category(1, "person", null, null, "human"),
                new Category(2, "car", null, null, "vehicle"), new Category(3, "blob", null, null, null));
        List<Annotation> annotations = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (ImageRecord image : images) {
                List<Geometry> geometries = new ArrayList<>(random.everyKind(image.width(), image.height()));
                geometries.add(random.polygonWithHole(image.width(), image.height()));
                geometries.add(random.maskWithHole(image.width(), image.height()));
                geometries.add(random.integerBox(image.width(), image.height()));
                for (Geometry g : geometries) {
                    int n = annotations.size();
                    boolean crowd = g.kind().equals("mask") && round % 2 == 0;
                    Map<String, String> attributes = n % 4 == 0
                            ? Map.of("group_id", Integer.toString(n % 7), "description", "sample " + n,
                            "flag.occluded", Boolean.toString(n % 8 == 0))
                            : Map.of();
                    annotations.add(new Annotation(n + 1L, image.id(), 1 + n % 3, g, n % 5 == 0 ? 0.5 : null,
                            Source.human(), Review.ACCEPTED, crowd, attributes, null, null));
                }
            }
        }
        return Dataset.of(images, categories, annotations);
    }

    @Test
    void writesCocoSamplesThatReadBack() throws Exception {
        Path dir = root().resolve("coco");
        Dataset d = sampleDataset(2024);
        for (MaskEncoding encoding : MaskEncoding.values()) {
            Path file = dir.resolve("instances_" + encoding.name().toLowerCase(java.util.Locale.ROOT) + ".json");
            List<Skipped> skipped = new CocoFormat().export(d, file, new WriteOptions(null, encoding, 1.0));
            ReadResult back = new CocoFormat().read(file, ReadOptions.defaults());
            assertThat(back.skipped()).isEmpty();
            assertThat(back.dataset().annotations()).hasSize(d.annotations().size() - skipped.size());
        }
        Dataset examples = new LabelMeFormat().read(resource("/formats/labelme/examples"), ReadOptions.defaults())
                .dataset();
        Path file = dir.resolve("instances_labelme_examples.json");
        List<Skipped> skipped = new CocoFormat().export(examples, file, WriteOptions.defaults(null));
        assertThat(new CocoFormat().read(file, ReadOptions.defaults()).dataset().annotations())
                .hasSize(examples.annotations().size() - skipped.size());
    }

    @Test
    void writesLabelMeSamplesWithTheirImages() throws Exception {
        Dataset d = sampleDataset(7);
        for (MaskEncoding encoding : MaskEncoding.values()) {
            Path dir = root().resolve("labelme/" + encoding.name().toLowerCase(java.util.Locale.ROOT));
            for (ImageRecord image : d.images()) {
                Path png = dir.resolve(image.path());
                Files.createDirectories(png.getParent());
                Files.write(png, PngMaskEncoder.encode(new byte[image.width() * image.height()], image.width(),
                        image.height()));
            }
            new LabelMeFormat().export(d, dir, new WriteOptions(dir, encoding, 1.0));
            ReadResult back = new LabelMeFormat().read(dir, ReadOptions.defaults());
            assertThat(back.skipped()).isEmpty();
            assertThat(back.dataset().images()).hasSize(d.images().size());
        }
        String examples = System.getenv("PROMPTCANVAS_LABELME_EXAMPLES");
        if (examples != null && !examples.isBlank()) {
            Path source = Path.of(examples);
            ReadResult read = new LabelMeFormat().read(source, new ReadOptions(null, true));
            read.skipped().forEach(s -> System.out.println("examples: skipped " + s));
            Dataset real = read.dataset();
            List<ImageRecord> withImages = real.images().stream()
                    .filter(i -> Files.isRegularFile(source.resolve(i.path())) && !i.path().endsWith(".json"))
                    .toList();
            List<Long> ids = withImages.stream().map(ImageRecord::id).toList();
            Dataset kept = Dataset.of(withImages, real.categories(),
                    real.annotations().stream().filter(a -> ids.contains(a.imageId())).toList());
            Path dir = root().resolve("labelme/examples");
            new LabelMeFormat().export(kept, dir, WriteOptions.defaults(source));
            Dataset back = new LabelMeFormat().read(dir, new ReadOptions(source, false)).dataset();
            assertThat(back.images()).extracting(ImageRecord::path)
                    .containsExactlyElementsOf(kept.images().stream().map(ImageRecord::path).toList());
            assertThat(back.annotations()).extracting(Annotation::geometry)
                    .containsExactlyElementsOf(kept.annotations().stream().map(Annotation::geometry).toList());
        }
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ExportSamplesTest.class.getResource(name).toURI());
    }
}
