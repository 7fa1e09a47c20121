package dev.promptcanvas.annotations.formats.labelme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.MaskEncoding;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
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

class LabelMeRoundTripTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static Annotation annotation(long id, long image, long category, Geometry g, Map<String, String> attrs,
                                         Double score) {
        return new Annotation(id, image, category, g, score, Source.human(), Review.ACCEPTED, false, attrs, null,
                null);
    }

    @Test
    void labelMeToDatasetToLabelMeKeepsEveryShapeType() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        Files.copy(LabelMeReaderTest.examples().resolve("primitives/primitives.json"), input.resolve("primitives.json"));
        Files.copy(LabelMeReaderTest.examples().resolve("instance_segmentation/2011_000003.json"),
                input.resolve("2011_000003.json"));
        Path maskFile = input.resolve("m.json");
        String png = java.util.Base64.getEncoder().encodeToString(PngMaskEncoder.encode(new byte[] {1, 1, 0, 1, 0, 1},
                3, 2));
        Files.writeString(maskFile, "{\"version\": \"5.5.0\", \"flags\": {}, \"shapes\": [{\"label\": \"m\","
                + " \"points\": [[4, 2], [6, 3]], \"group_id\": 3, \"shape_type\": \"mask\", \"flags\": {\"x\": false},"
                + " \"mask\": \"" + png + "\"}], \"imagePath\": \"m.jpg\", \"imageData\": null, \"imageHeight\": 8,"
                + " \"imageWidth\": 9}");
        Dataset first = new LabelMeFormat().read(input, ReadOptions.defaults()).dataset();
        assertThat(first.annotations()).extracting(a -> a.geometry().kind())
                .contains("box", "ellipse", "polygon", "polyline", "point", "mask");
        Path output = dir.resolve("out");
        assertThat(new LabelMeFormat().export(first, output, WriteOptions.defaults(null))).isEmpty();
        Dataset second = new LabelMeFormat().read(output, ReadOptions.defaults()).dataset();
        assertThat(second).isEqualTo(first);
        JsonNode written = json.readTree(output.resolve("primitives.json").toFile());
        JsonNode original = json.readTree(input.resolve("primitives.json").toFile());
        for (int i = 0; i < original.get("shapes").size(); i++) {
            assertThat(written.get("shapes").get(i).get("shape_type"))
                    .isEqualTo(original.get("shapes").get(i).get("shape_type"));
        }
        assertThat(written.get("version").asText()).isEqualTo("5.1.1");
        assertThat(written.get("imageData").isNull()).isTrue();
    }

    @Test
    void datasetToLabelMeToDatasetKeepsEveryGeometryKind() throws Exception {
        RandomDatasets random = new RandomDatasets(21);
        List<ImageRecord> images = List.of(new ImageRecord(1, "sub/a.jpg", 40, 30, ""),
                new ImageRecord(2, "b.png", 25, 35, ""));
        List<Category> categories = List.of(Category.named("one").withId(1), Category.named("two").withId(2));
        List<Annotation> annotations = new ArrayList<>();
        for (ImageRecord image : images) {
            for (Geometry g : random.everyKind(image.width(), image.height())) {
                if (g instanceof Ellipse e && e.rx() != e.ry()) {
                    continue;
                }
                if (g instanceof Polygon p && p.parts().size() > 1) {
                    g = new Polygon(List.of(p.parts().get(0)));
                }
                Map<String, String> attrs = annotations.size() % 2 == 0
                        ? Map.of("group_id", "7", "description", "d" + annotations.size(), "flag.truncated", "true",
                        "flag.crowd", "false", "colour", "red")
                        : Map.of();
                Double score = annotations.size() % 3 == 0 ? 0.25 * (annotations.size() % 4) : null;
                annotations.add(annotation(annotations.size() + 1L, image.id(), 1 + annotations.size() % 2, g, attrs,
                        score));
            }
        }
        Dataset original = Dataset.of(images, categories, annotations);
        Path output = dir.resolve("out");
        new LabelMeFormat().write(original, output, WriteOptions.defaults(null));
        assertThat(output.resolve("sub/a.json")).exists();
        assertThat(json.readTree(output.resolve("sub/a.json").toFile()).get("imagePath").asText()).isEqualTo("a.jpg");
        Dataset back = new LabelMeFormat().read(output, ReadOptions.defaults()).dataset();
        assertThat(back.images()).containsExactly(new ImageRecord(1, "b.png", 25, 35, ""),
                new ImageRecord(2, "sub/a.jpg", 40, 30, ""));
        for (Annotation a : original.annotations()) {
            Annotation match = back.annotations().stream()
                    .filter(b -> b.geometry().equals(a.geometry())).findFirst().orElseThrow(
                            () -> new AssertionError("lost " + a.geometry()));
            assertThat(match.attributes()).isEqualTo(a.attributes());
            assertThat(match.score()).isEqualTo(a.score());
            assertThat(back.categories().get((int) match.categoryId() - 1).name())
                    .isEqualTo(categories.get((int) a.categoryId() - 1).name());
        }
        assertThat(back.annotations()).hasSize(original.annotations().size());
    }

    @Test
    void multiPartPolygonsShareAFreshGroupIdAndNonCircularEllipsesBecomePolygons() throws Exception {
        Polygon twoParts = new Polygon(List.of(
                new dev.promptcanvas.annotations.geometry.PolygonPart(Ring.of(1, 1, 5, 1, 3, 4), List.of()),
                new dev.promptcanvas.annotations.geometry.PolygonPart(Ring.of(10, 10, 15, 10, 12, 14), List.of())));
        Ellipse ellipse = new Ellipse(10, 10, 6, 3, 30);
        Dataset d = Dataset.of(List.of(new ImageRecord(1, "a.jpg", 20, 20, "")), List.of(Category.named("x").withId(1)),
                List.of(annotation(1, 1, 1, twoParts, Map.of(), null),
                        annotation(2, 1, 1, new Polygon(List.of(twoParts.parts().get(0))), Map.of("group_id", "4"), null),
                        annotation(3, 1, 1, ellipse, Map.of(), null)));
        new LabelMeFormat().write(d, dir, WriteOptions.defaults(null));
        JsonNode shapes = json.readTree(dir.resolve("a.json").toFile()).get("shapes");
        assertThat(shapes).hasSize(4);
        assertThat(shapes.get(0).get("group_id").asInt()).isEqualTo(5);
        assertThat(shapes.get(1).get("group_id").asInt()).isEqualTo(5);
        assertThat(shapes.get(2).get("group_id").asInt()).isEqualTo(4);
        assertThat(shapes.get(3).get("shape_type").asText()).isEqualTo("polygon");
        for (JsonNode p : shapes.get(3).get("points")) {
            double dx = p.get(0).asDouble() - 10;
            double dy = p.get(1).asDouble() - 10;
            double t = Math.toRadians(-30);
            double u = dx * Math.cos(t) - dy * Math.sin(t);
            double v = dx * Math.sin(t) + dy * Math.cos(t);
            assertThat(u * u / 36 + v * v / 9).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void masksAsPolygonsUnlessTheyHaveHoles() throws Exception {
        RandomDatasets random = new RandomDatasets(4);
        Mask square = new Mask(Rle.encodeRowMajor(squareMask(), 10, 12));
        Mask holed = random.maskWithHole(16, 16);
        Dataset d = Dataset.of(List.of(new ImageRecord(1, "a.jpg", 12, 10, ""), new ImageRecord(2, "b.jpg", 16, 16, "")),
                List.of(Category.named("x").withId(1)),
                List.of(annotation(1, 1, 1, square, Map.of(), null), annotation(2, 2, 1, holed, Map.of(), null)));
        new LabelMeFormat().write(d, dir, new WriteOptions(null, MaskEncoding.POLYGON, 0));
        JsonNode a = json.readTree(dir.resolve("a.json").toFile()).get("shapes").get(0);
        assertThat(a.get("shape_type").asText()).isEqualTo("polygon");
        Polygon read = (Polygon) new LabelMeFormat().read(dir.resolve("a.json"), ReadOptions.defaults()).dataset()
                .annotations().get(0).geometry();
        assertThat(read.area()).isEqualTo(square.area());
        JsonNode b = json.readTree(dir.resolve("b.json").toFile()).get("shapes").get(0);
        assertThat(b.get("shape_type").asText()).isEqualTo("mask");
        assertThat(new LabelMeFormat().read(dir.resolve("b.json"), ReadOptions.defaults()).dataset().annotations()
                .get(0).geometry()).isEqualTo(holed);
    }

    private static byte[] squareMask() {
        byte[] m = new byte[10 * 12];
        for (int y = 2; y < 7; y++) {
            for (int x = 3; x < 9; x++) {
                m[y * 12 + x] = 1;
            }
        }
        return m;
    }

    @Test
    void imagePathsPointFromTheJsonToTheProjectAndTextIsListedAsSkipped() throws Exception {
        Path project = dir.resolve("project");
        Path output = dir.resolve("export");
        Dataset d = new Dataset(List.of(new ImageRecord(1, "imgs/a.jpg", 10, 10, "")),
                List.of(Category.named("x").withId(1)),
                List.of(annotation(1, 1, 1, new Mask(Rle.empty(10, 10)), Map.of(), null)),
                List.of(new Caption(1, 1, "text", null)), null, null, null);
        List<Skipped> skipped = new LabelMeFormat().export(d, output, WriteOptions.defaults(project));
        assertThat(json.readTree(output.resolve("imgs/a.json").toFile()).get("imagePath").asText())
                .isEqualTo("../../project/imgs/a.jpg");
        assertThat(skipped).extracting(Skipped::field).containsExactly("annotation 1", "captions");
    }

    @Test
    void twoImagesThatWouldShareAJsonAreRefusedBeforeWriting() {
        Dataset d = Dataset.of(List.of(new ImageRecord(1, "a.jpg", 10, 10, ""), new ImageRecord(2, "a.png", 10, 10, "")),
                List.of(), List.of());
        assertThatThrownBy(() -> new LabelMeFormat().write(d, dir.resolve("o"), WriteOptions.defaults(null)))
                .hasMessageContaining("would both be written to");
        assertThat(dir.resolve("o")).doesNotExist();
    }
}
