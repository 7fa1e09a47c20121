package dev.promptcanvas.annotations.formats.labelme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelMeReaderTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    static Path examples() throws URISyntaxException {
        return Path.of(LabelMeReaderTest.class.getResource("/formats/labelme/examples").toURI());
    }

    private String imagePathOf(String example) throws Exception {
        return json.readTree(examples().resolve(example).toFile()).get("imagePath").asText();
    }

    private static double[] flat(JsonNode points) {
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i).get(0).asDouble();
            xy[2 * i + 1] = points.get(i).get(1).asDouble();
        }
        return xy;
    }

    @Test
    void readsEveryShapeTypeOfLabelMesPrimitivesExample() throws Exception {
        Path file = examples().resolve("primitives/primitives.json");
        JsonNode source = json.readTree(file.toFile());
        Dataset d = new LabelMeFormat().read(file, ReadOptions.defaults()).dataset();
        assertThat(d.images()).containsExactly(new ImageRecord(1, "primitives.jpg", source.get("imageWidth").asInt(),
                source.get("imageHeight").asInt(), ""));
        JsonNode shapes = source.get("shapes");
        assertThat(d.annotations()).hasSize(shapes.size());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            JsonNode s = shapes.get(i);
            double[] p = flat(s.get("points"));
            Geometry expected = switch (s.get("shape_type").asText()) {
                case "rectangle" -> Box.ofCorners(p[0], p[1], p[2], p[3]);
                case "circle" -> Ellipse.circle(p[0], p[1], Math.hypot(p[2] - p[0], p[3] - p[1]));
                case "polygon" -> Polygon.of(p);
                case "line", "linestrip" -> Polyline.of(p);
                case "point" -> new Point(p[0], p[1]);
                default -> throw new AssertionError(s.get("shape_type").asText());
            };
            Annotation a = d.annotations().get(i);
            assertThat(a.geometry()).as(s.toString()).isEqualTo(expected);
            String label = s.get("label").asText();
            if (!labels.contains(label)) {
                labels.add(label);
            }
            assertThat(d.categories().get((int) a.categoryId() - 1).name()).isEqualTo(label);
        }
        assertThat(d.categories()).extracting(Category::name).containsExactlyElementsOf(labels);
    }

    @Test
    void readsAFolderOfExamplesRecursivelyWithPathsRelativeToIt() throws Exception {
        ReadResult result = new LabelMeFormat().read(examples(), ReadOptions.defaults());
        assertThat(result.skipped()).isEmpty();
        Dataset d = result.dataset();
        assertThat(d.images()).extracting(ImageRecord::path).containsExactly(
                "bbox_detection/2011_000003.jpg", "classification/0001.jpg",
                "instance_segmentation/2011_000003.jpg", "instance_segmentation/2011_000006.jpg",
                "primitives/primitives.jpg", "tutorial/" + imagePathOf("tutorial/apc2016_obj3.json"));
        int shapes = 0;
        try (var files = Files.walk(examples())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                shapes += json.readTree(f.toFile()).get("shapes").size();
            }
        }
        assertThat(d.annotations()).hasSize(shapes);
        ImageRecord tutorial = d.images().get(5);
        assertThat(d.annotations().stream().filter(a -> a.imageId() == tutorial.id())).hasSize(4);
        assertThat(d.annotations().stream().filter(a -> a.imageId() == d.images().get(1).id())).isEmpty();
    }

    @Test
    void groupIdsBecomeAttributesAndOutOfImagePolygonsAreClipped() throws Exception {
        Path file = examples().resolve("instance_segmentation/2011_000006.json");
        JsonNode source = json.readTree(file.toFile());
        Dataset d = new LabelMeFormat().read(file, ReadOptions.defaults()).dataset();
        for (int i = 0; i < source.get("shapes").size(); i++) {
            JsonNode group = source.get("shapes").get(i).get("group_id");
            Map<String, String> attributes = d.annotations().get(i).attributes();
            if (group.isNull()) {
                assertThat(attributes).doesNotContainKey("group_id");
            } else {
                assertThat(attributes).containsEntry("group_id", group.asText());
            }
        }
        Box image = new Box(0, 0, 500, 375);
        Polygon clipped = (Polygon) d.annotations().get(3).geometry();
        assertThat(image.union(clipped.bounds())).isEqualTo(image);
        double[] raw = flat(source.get("shapes").get(3).get("points"));
        assertThat(clipped.area()).isLessThan(Polygon.of(raw).area()).isGreaterThan(0);
    }

    @Test
    void imageRootDecidesWhatImagePathsAreRelativeTo() throws Exception {
        Path examples = examples();
        Dataset d = new LabelMeFormat().read(examples.resolve("bbox_detection/2011_000003.json"),
                new ReadOptions(examples.getParent(), false)).dataset();
        assertThat(d.images().get(0).path()).isEqualTo("examples/bbox_detection/2011_000003.jpg");
        Dataset outside = new LabelMeFormat().read(examples.resolve("bbox_detection/2011_000003.json"),
                new ReadOptions(examples.resolve("primitives"), false)).dataset();
        assertThat(outside.images().get(0).path())
                .isEqualTo(examples.resolve("bbox_detection/2011_000003.jpg").toAbsolutePath().toString());
    }

    @Test
    void aMaskShapeIsItsPngPlacedAtTheFirstPoint() throws Exception {
        byte[] png;
        try (InputStream in = getClass().getResourceAsStream("/formats/labelme/png/gray8_01.png")) {
            png = in.readAllBytes();
        }
        String mime = Base64.getMimeEncoder().encodeToString(png) + "\n";
        Path file = dir.resolve("m.json");
        Files.writeString(file, "{\"version\": \"5.5.0\", \"flags\": {}, \"shapes\": [{\"label\": \"blob\","
                + " \"points\": [[5.0, 3.0], [17.0, 11.0]], \"group_id\": null, \"description\": \"seen\","
                + " \"shape_type\": \"mask\", \"flags\": {\"occluded\": true}, \"mask\": " + json.writeValueAsString(mime)
                + "}], \"imagePath\": \"m.jpg\", \"imageData\": null, \"imageHeight\": 20, \"imageWidth\": 30}");
        Annotation a = new LabelMeFormat().read(file, ReadOptions.defaults()).dataset().annotations().get(0);
        Mask mask = (Mask) a.geometry();
        byte[] pixels = mask.rle().toRowMajor();
        int expectedArea = 0;
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 30; x++) {
                int px = x - 5;
                int py = y - 3;
                boolean on = px >= 0 && px < 13 && py >= 0 && py < 9 && ((7 * px + 3 * py) % 5 == 0 || px == py);
                expectedArea += on ? 1 : 0;
                assertThat(pixels[y * 30 + x] == 1).as("(" + x + ", " + y + ")").isEqualTo(on);
            }
        }
        assertThat(mask.area()).isEqualTo(expectedArea);
        assertThat(a.attributes()).isEqualTo(Map.of("description", "seen", "flag.occluded", "true"));
    }

    @Test
    void theTutorialsEmbeddedImageDataIsSkippedNotNeeded() throws IOException, Exception {
        Path file = examples().resolve("tutorial/apc2016_obj3.json");
        assertThat(json.readTree(file.toFile()).get("imageData").asText()).hasSizeGreaterThan(100_000);
        Dataset d = new LabelMeFormat().read(file, ReadOptions.defaults()).dataset();
        // this example's imagePath names the JSON itself, a quirk of the upstream file; it is taken as written
        assertThat(d.images()).singleElement().extracting(ImageRecord::path)
                .isEqualTo(imagePathOf("tutorial/apc2016_obj3.json"));
    }
}
