package dev.promptcanvas.annotations.formats.osprey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.MaskEncoding;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OspreyWriterTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static Annotation region(long id, Geometry g, String caption) {
        return new Annotation(id, 1, 1, g, null, Source.human(), Review.ACCEPTED, false,
                caption == null ? Map.of() : Map.of("caption", caption, "caption_source", "human"), null, null);
    }

    private Dataset dataset() {
        List<ImageRecord> images = List.of(new ImageRecord(1, "imgs/a.jpg", 4, 4, ""),
                new ImageRecord(2, "b.jpg", 4, 4, ""));
        List<Annotation> annotations = List.of(
                region(1, new Box(1, 1, 3, 3), "a small square"),
                region(2, Polygon.of(0, 0, 4, 0, 0, 4), null),
                region(3, new Point(1, 1), "a point"),
                region(4, new Box(0, 0, 1, 4), " the left column "));
        return new Dataset(images, List.of(Category.named("x").withId(1)), annotations,
                List.of(new Caption(1, 1, "Four squares.", Source.human())), List.of(), List.of(), List.of());
    }

    @Test
    void rawRecordsListEveryRegionAndAskAboutCaptionedOnes() throws Exception {
        Path out = dir.resolve("osprey.json");
        List<Skipped> skipped = new OspreyFormat().export(ExportSource.of(dataset()), out,
                WriteOptions.defaults(null).withFormatOptions(Map.of("description", "true")));
        JsonNode root = json.readTree(out.toFile());
        assertThat(root.size()).as("image 2 has nothing to ask about").isEqualTo(1);
        JsonNode r = root.get(0);
        assertThat(r.get("file_name").asText()).isEqualTo("imgs/a.jpg");
        assertThat(r.get("height").asInt()).isEqualTo(4);
        assertThat(r.get("width").asInt()).isEqualTo(4);
        JsonNode regions = r.get("annotation");
        assertThat(regions.size()).isEqualTo(3);
        // pycocotools test vector: the centre 2x2 of a 4x4 mask
        assertThat(regions.get(0).get("segmentation").get("counts").asText()).isEqualTo("52203");
        assertThat(json.convertValue(regions.get(0).get("segmentation").get("size"), int[].class))
                .containsExactly(4, 4);
        JsonNode turns = r.get("conversations");
        assertThat(turns.size()).isEqualTo(6);
        assertThat(turns.get(0).get("from").asText()).isEqualTo("human");
        assertThat(turns.get(1).get("value").asText()).isEqualTo("Four squares.");
        assertThat(turns.get(2).get("value").asText()).isEqualTo(
                "Can you provide me with a detailed description of the region in the picture marked by <region1>?");
        assertThat(turns.get(3).get("from").asText()).isEqualTo("gpt");
        assertThat(turns.get(3).get("value").asText()).isEqualTo("a small square");
        assertThat(turns.get(4).get("value").asText()).endsWith("marked by <region3>?");
        assertThat(turns.get(5).get("value").asText()).isEqualTo("the left column");
        assertThat(json.convertValue(r.get("description"), String[].class))
                .containsExactly("<region1>: a small square", "<region3>: the left column");
        assertThat(skipped).extracting(Skipped::field).containsExactly("annotation 3");
    }

    @Test
    void expandedFormAndPolygonsAsOspreysLoaderWouldBuildThem() throws Exception {
        Path out = dir.resolve("expanded.json");
        new OspreyFormat().export(ExportSource.of(dataset()), out, new WriteOptions(null, MaskEncoding.POLYGON, 1)
                .withFormatOptions(Map.of("expand", "true", "image-captions", "false",
                        "question", "What is <region>?")));
        JsonNode r = json.readTree(out.toFile()).get(0);
        assertThat(json.convertValue(r.get("annotation").get(1).get("segmentation").get(0), double[].class))
                .containsExactly(0, 0, 4, 0, 0, 4);
        assertThat(json.convertValue(r.get("annotation").get(0).get("segmentation").get(0), double[].class))
                .containsExactly(1, 1, 3, 1, 3, 3, 1, 3);
        JsonNode turns = r.get("conversations");
        assertThat(turns.size()).isEqualTo(4);
        assertThat(turns.get(0).get("value").asText()).isEqualTo("<image>\nThis provides an overview of the "
                + "picture.\nThere are 3 part regions in the picture: region1<mask><pos>,region2<mask><pos>,"
                + "region3<mask><pos>. What is region1?");
        assertThat(turns.get(2).get("value").asText()).isEqualTo("What is region3?");
        assertThat(r.has("description")).isFalse();
    }
}
