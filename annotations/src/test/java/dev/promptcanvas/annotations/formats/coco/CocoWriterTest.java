package dev.promptcanvas.annotations.formats.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.MaskEncoding;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.mask.PolygonRasterizer;
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

class CocoWriterTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static Annotation annotation(long id, long image, long category, Geometry g, boolean crowd) {
        return new Annotation(id, image, category, g, null, Source.human(), Review.ACCEPTED, crowd, Map.of(), null,
                null);
    }

    private JsonNode export(Dataset d, MaskEncoding encoding, List<Skipped> skippedOut) throws Exception {
        Path out = dir.resolve("out-" + encoding + ".json");
        List<Skipped> skipped = new CocoFormat().export(d, out, new WriteOptions(null, encoding, 1.0));
        if (skippedOut != null) {
            skippedOut.addAll(skipped);
        }
        return json.readTree(out.toFile());
    }

    @Test
    void aWholePixelBoxMatchesPycocotoolsTestVector() throws Exception {
        Dataset d = Dataset.of(List.of(new ImageRecord(1, "a.jpg", 5, 5, "")), List.of(Category.named("x").withId(1)),
                List.of(annotation(1, 1, 1, new Box(1, 1, 3, 3), false)));
        JsonNode a = export(d, MaskEncoding.RLE, null).get("annotations").get(0);
        assertThat(a.get("area").asDouble()).isEqualTo(4.0);
        assertThat(json.convertValue(a.get("bbox"), double[].class)).containsExactly(1, 1, 2, 2);
        assertThat(json.convertValue(a.get("segmentation").get(0), double[].class))
                .containsExactly(1, 1, 3, 1, 3, 3, 1, 3);
    }

    @Test
    void areaAndBboxAgreeWithTheRasterisedSegmentation() throws Exception {
        RandomDatasets random = new RandomDatasets(3);
        int w = 37;
        int h = 29;
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Geometry g = switch (i % 5) {
                case 0 -> random.box(w, h);
                case 1 -> random.polygon(w, h);
                case 2 -> random.mask(w, h);
                case 3 -> random.ellipse(w, h, i % 2 == 0);
                default -> random.polygonWithHole(w, h);
            };
            annotations.add(annotation(i + 1, 1, 1, g, false));
        }
        Dataset d = Dataset.of(List.of(new ImageRecord(1, "a.jpg", w, h, "")), List.of(Category.named("x").withId(1)),
                annotations);
        for (MaskEncoding encoding : MaskEncoding.values()) {
            JsonNode out = export(d, encoding, null);
            assertThat(out.get("annotations")).hasSize(200);
            for (JsonNode a : out.get("annotations")) {
                Rle raster = decode(a.get("segmentation"), h, w);
                assertThat(a.get("area").asDouble()).as(a.toString()).isEqualTo((double) raster.area());
                assertThat(json.convertValue(a.get("bbox"), double[].class)).as(a.toString())
                        .containsExactly(raster.bboxXywh());
            }
        }
    }

    /** What pycocotools' annToRLE does with a segmentation, written out by hand here. */
    private Rle decode(JsonNode segmentation, int h, int w) {
        if (segmentation.isObject()) {
            assertThat(json.convertValue(segmentation.get("size"), int[].class)).containsExactly(h, w);
            return Rle.fromString(segmentation.get("counts").asText(), h, w);
        }
        List<double[]> rings = new ArrayList<>();
        for (JsonNode ring : segmentation) {
            assertThat(ring.size()).isGreaterThanOrEqualTo(6);
            rings.add(json.convertValue(ring, double[].class));
        }
        return PolygonRasterizer.rasterize(rings, h, w);
    }

    @Test
    void idsAreOneBasedInDatasetOrderAndAnnotationsFollowTheirImages() throws Exception {
        Dataset d = Dataset.of(
                List.of(new ImageRecord(50, "z.jpg", 10, 10, ""), new ImageRecord(10, "a.jpg", 10, 10, "")),
                List.of(new Category(7, "dog", null, null, "animal"), new Category(3, "cat", null, null, null)),
                List.of(annotation(99, 10, 3, new Box(1, 1, 4, 4), false),
                        annotation(12, 50, 7, new Box(2, 2, 5, 5), false)));
        JsonNode out = export(d, MaskEncoding.RLE, null);
        assertThat(out.get("images").findValuesAsText("file_name")).containsExactly("z.jpg", "a.jpg");
        assertThat(out.get("images").findValues("id")).extracting(JsonNode::asInt).containsExactly(1, 2);
        assertThat(out.get("categories").findValuesAsText("name")).containsExactly("dog", "cat");
        assertThat(out.get("categories").findValuesAsText("supercategory")).containsExactly("animal", "");
        JsonNode first = out.get("annotations").get(0);
        assertThat(first.get("id").asInt()).isEqualTo(1);
        assertThat(first.get("image_id").asInt()).isEqualTo(1);
        assertThat(first.get("category_id").asInt()).isEqualTo(1);
        JsonNode second = out.get("annotations").get(1);
        assertThat(second.get("id").asInt()).isEqualTo(2);
        assertThat(second.get("image_id").asInt()).isEqualTo(2);
        assertThat(second.get("category_id").asInt()).isEqualTo(2);
    }

    @Test
    void pointsPolylinesAndArrowsAreLeftOutAndListed() throws Exception {
        RandomDatasets random = new RandomDatasets(5);
        List<Annotation> annotations = new ArrayList<>();
        List<Geometry> kinds = random.everyKind(30, 20);
        for (int i = 0; i < kinds.size(); i++) {
            annotations.add(annotation(i + 1, 1, 1, kinds.get(i), false));
        }
        Dataset d = Dataset.of(List.of(new ImageRecord(1, "a.jpg", 30, 20, "")), List.of(Category.named("x").withId(1)),
                annotations);
        List<Skipped> skipped = new ArrayList<>();
        JsonNode out = export(d, MaskEncoding.RLE, skipped);
        assertThat(out.get("annotations")).hasSize(kinds.size() - 4);
        assertThat(skipped).extracting(Skipped::field).containsExactly("annotation 6", "annotation 7",
                "annotation 8", "annotation 9");
        assertThat(skipped).extracting(Skipped::reason).allMatch(r -> r.contains("no COCO instance form"));
    }

    @Test
    void masksAreRleOrTracedPolygonsButHolesAndCrowdsStayRle() throws Exception {
        RandomDatasets random = new RandomDatasets(9);
        Mask blob = new Mask(PolygonRasterizer.rasterize(new Box(3, 3, 12, 9), 20, 20));
        Mask holed = random.maskWithHole(20, 20);
        Dataset d = Dataset.of(List.of(new ImageRecord(1, "a.jpg", 20, 20, "")), List.of(Category.named("x").withId(1)),
                List.of(annotation(1, 1, 1, blob, false), annotation(2, 1, 1, holed, false),
                        annotation(3, 1, 1, blob, true), annotation(4, 1, 1, random.polygonWithHole(20, 20), false)));
        JsonNode rle = export(d, MaskEncoding.RLE, null).get("annotations");
        assertThat(rle.get(0).get("segmentation").get("counts").asText()).isEqualTo(blob.rle().toCompressedString());
        assertThat(rle.get(2).get("iscrowd").asInt()).isEqualTo(1);
        JsonNode traced = export(d, MaskEncoding.POLYGON, null).get("annotations");
        assertThat(traced.get(0).get("segmentation").isArray()).isTrue();
        Rle tracedRaster = decode(traced.get(0).get("segmentation"), 20, 20);
        assertThat(traced.get(0).get("area").asDouble()).isEqualTo((double) tracedRaster.area())
                .isCloseTo(blob.area(), org.assertj.core.data.Percentage.withPercentage(10));
        assertThat(traced.get(1).get("segmentation").isObject()).as("mask with a hole").isTrue();
        assertThat(traced.get(2).get("segmentation").isObject()).as("crowd").isTrue();
        assertThat(traced.get(3).get("segmentation").isObject()).as("polygon with a hole").isTrue();
    }

    @Test
    void captionsGoToASiblingFileUnlessTheDatasetHasOnlyCaptions() throws Exception {
        List<ImageRecord> images = List.of(new ImageRecord(1, "a.jpg", 10, 10, ""));
        List<Caption> captions = List.of(new Caption(4, 1, "A cat.", null));
        Path instances = dir.resolve("instances_val.json");
        new CocoFormat().write(new Dataset(images, List.of(Category.named("cat").withId(1)),
                List.of(annotation(1, 1, 1, new Box(1, 1, 2, 2), false)), captions, null, null, null),
                instances, WriteOptions.defaults(null));
        JsonNode sibling = json.readTree(dir.resolve("captions_val.json").toFile());
        assertThat(sibling.get("annotations").get(0).get("caption").asText()).isEqualTo("A cat.");
        assertThat(json.readTree(instances.toFile()).get("annotations").get(0).has("caption")).isFalse();

        Path only = dir.resolve("only.json");
        new CocoFormat().write(new Dataset(images, List.of(), List.of(), captions, null, null, null), only,
                WriteOptions.defaults(null));
        assertThat(json.readTree(only.toFile()).get("annotations").get(0).get("caption").asText()).isEqualTo("A cat.");
        assertThat(Files.exists(dir.resolve("only_captions.json"))).isFalse();
    }

    @Test
    void captionsFileNamesFollowCoco() {
        assertThat(CocoFormat.captionsPathFor(Path.of("d/instances_train2017.json")))
                .isEqualTo(Path.of("d/captions_train2017.json"));
        assertThat(CocoFormat.captionsPathFor(Path.of("export.json"))).isEqualTo(Path.of("export_captions.json"));
    }

    @Test
    void anInconsistentDatasetIsRefusedAndNothingIsWritten() {
        Dataset d = Dataset.of(List.of(new ImageRecord(1, "a.jpg", 10, 10, "")), List.of(Category.named("x").withId(1)),
                List.of(annotation(1, 2, 1, new Box(1, 1, 2, 2), false)));
        Path out = dir.resolve("bad.json");
        assertThatThrownBy(() -> new CocoFormat().write(d, out, WriteOptions.defaults(null)))
                .hasMessageContaining("annotation 1 refers to image 2");
        Dataset wrongSize = Dataset.of(List.of(new ImageRecord(1, "a.jpg", 10, 10, "")),
                List.of(Category.named("x").withId(1)),
                List.of(annotation(1, 1, 1, new Mask(Rle.empty(4, 4)), false)));
        assertThatThrownBy(() -> new CocoFormat().write(wrongSize, out, WriteOptions.defaults(null)))
                .hasMessageContaining("mask is 4x4 but its image is 10x10");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
