package dev.promptcanvas.annotations.formats.vipllava;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VipLlavaWriterTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static Annotation region(long id, Geometry g, String caption) {
        return new Annotation(id, 1, 1, g, null, Source.human(), Review.ACCEPTED, false,
                caption == null ? Map.of() : Map.of("caption", caption), null, null);
    }

    @Test
    void regionCaptionAndReferringRecordsUseBboxPlaceholders() throws Exception {
        Ring shell = Ring.of(10, 10, 50, 10, 50, 40, 10, 40);
        Ring hole = Ring.of(20, 20, 20, 30, 30, 30, 30, 20);
        List<Annotation> annotations = List.of(
                region(1, new Box(1, 2, 30, 40), "a red car"),
                region(2, new Polygon(List.of(new PolygonPart(shell, List.of(hole)))), null),
                region(3, Polygon.of(60, 5, 90, 5, 75, 45.5), "a sail"),
                region(4, new Point(3, 3), "a dot"));
        List<ReferringExpression> expressions = List.of(
                new ReferringExpression(1, 1, "the sail and the frame", List.of(3L, 2L), null),
                new ReferringExpression(2, 1, "nothing here", List.of(), "rejection"),
                new ReferringExpression(3, 1, "the dot", List.of(4L), null));
        Dataset d = new Dataset(List.of(new ImageRecord(1, "boats/b.jpg", 100, 50, "")),
                List.of(Category.named("x").withId(1)), annotations, List.of(), List.of(), expressions, List.of());
        Path out = dir.resolve("vip.json");
        List<Skipped> skipped = new VipLlavaFormat().export(ExportSource.of(d), out, WriteOptions.defaults(null));
        JsonNode root = json.readTree(out.toFile());
        assertThat(root.size()).isEqualTo(2);

        JsonNode region = root.get(0);
        assertThat(region.get("id").asText()).isEqualTo("promptcanvas-region-1");
        assertThat(region.get("image").asText()).isEqualTo("boats/b.jpg");
        assertThat(region.has("bbox")).isFalse();
        double[][] boxes = json.convertValue(region.get("bboxes"), double[][].class);
        assertThat(boxes).hasNumberOfRows(2);
        assertThat(boxes[0]).containsExactly(1, 2, 30, 40);
        assertThat(boxes[1]).containsExactly(60, 5, 90, 45.5);
        assertThat(json.convertValue(region.get("segmentations").get(1).get(0), double[].class))
                .containsExactly(60, 5, 90, 5, 75, 45.5);
        JsonNode turns = region.get("conversations");
        assertThat(turns.get(0).get("value").asText()).isEqualTo("<image>\nPlease describe the region <bbox0> in "
                + "detail.");
        assertThat(turns.get(1).get("value").asText()).isEqualTo("a red car");
        assertThat(turns.get(2).get("value").asText()).isEqualTo("Please describe the region <bbox1> in detail.");
        assertThat(turns.get(3).get("value").asText()).isEqualTo("a sail");

        JsonNode ref = root.get(1);
        assertThat(ref.get("id").asText()).isEqualTo("promptcanvas-ref-1");
        assertThat(ref.get("bboxes").size()).isEqualTo(3);
        assertThat(json.convertValue(ref.get("bboxes").get(1), double[].class)).containsExactly(10, 10, 50, 40);
        assertThat(ref.get("segmentations").get(1).size()).as("outer ring only").isEqualTo(1);
        assertThat(json.convertValue(ref.get("segmentations").get(1).get(0), double[].class))
                .containsExactly(shell.coordinates());
        assertThat(ref.get("conversations").get(0).get("value").asText())
                .startsWith("<image>\n").contains("\"the sail and the frame\"");
        assertThat(ref.get("conversations").get(1).get("value").asText()).isEqualTo("<bbox1> and <bbox2>");
        assertThat(skipped).extracting(Skipped::field).containsExactly("expression 2", "expression 3");
    }

    @Test
    void answersListSeveralPlaceholders() {
        assertThat(VipLlavaWriter.answer(List.of(2))).isEqualTo("<bbox2>");
        assertThat(VipLlavaWriter.answer(List.of(0, 1, 4))).isEqualTo("<bbox0>, <bbox1> and <bbox4>");
    }
}
