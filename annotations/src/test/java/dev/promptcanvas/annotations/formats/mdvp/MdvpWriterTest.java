package dev.promptcanvas.annotations.formats.mdvp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.mask.Masks;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdvpWriterTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static Annotation region(long id, Geometry g, String caption) {
        return new Annotation(id, 1, 1, g, null, Source.human(), Review.ACCEPTED, false,
                caption == null ? Map.of() : Map.of("caption", caption), null, null);
    }

    private static Dataset dataset(List<Annotation> annotations, int w, int h) {
        return Dataset.of(List.of(new ImageRecord(1, "img.png", w, h, "")), List.of(Category.named("x").withId(1)),
                annotations);
    }

    @Test
    void boxPromptsAreXywhAndRecordsHoldAtMostTenRegions() throws Exception {
        RandomDatasets random = new RandomDatasets(9);
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            annotations.add(region(i + 1, random.box(120, 80), "thing " + i));
        }
        annotations.add(region(100, new Box(0, 0, 5, 5), null));
        annotations.add(region(101, new Point(4, 4), "a point"));
        Path out = dir.resolve("mdvp.json");
        List<Skipped> skipped = new MdvpFormat().export(ExportSource.of(dataset(annotations, 120, 80)), out,
                WriteOptions.defaults(null));
        JsonNode root = json.readTree(out.toFile());
        assertThat(root.size()).isEqualTo(3);
        assertThat(root.get(0).get("bbox").size()).isEqualTo(10);
        assertThat(root.get(2).get("bbox").size()).isEqualTo(3);
        for (int r = 0; r < 3; r++) {
            JsonNode record = root.get(r);
            assertThat(record.get("image").asText()).isEqualTo("img.png");
            assertThat(record.has("points")).isFalse();
            JsonNode turns = record.get("conversations");
            for (int k = 0; k < record.get("bbox").size(); k++) {
                Box b = (Box) annotations.get(r * 10 + k).geometry();
                assertThat(json.convertValue(record.get("bbox").get(k), double[].class))
                        .containsExactly(b.x1(), b.y1(), b.x2() - b.x1(), b.y2() - b.y1());
                assertThat(turns.get(2 * k).get("value").asText())
                        .isEqualTo((k == 0 ? "<image>\n" : "") + "Please describe <Region " + (k + 1) + "> in detail.");
                assertThat(turns.get(2 * k + 1).get("value").asText()).isEqualTo("thing " + (r * 10 + k));
            }
        }
        assertThat(skipped).extracting(Skipped::field).containsExactly("annotation 101");
    }

    @Test
    void pointPromptsLieInsideTheRegionEvenWhenTheBoxCentreDoesNot() throws Exception {
        Polygon lShape = Polygon.of(0, 0, 10, 0, 10, 2, 2, 2, 2, 10, 0, 10);
        int w = 40;
        int h = 30;
        byte[] ring = new byte[w * h];
        for (int y = 5; y < 25; y++) {
            for (int x = 15; x < 35; x++) {
                boolean border = y < 8 || y >= 22 || x < 18 || x >= 32;
                ring[y * w + x] = (byte) (border ? 1 : 0);
            }
        }
        Mask mask = new Mask(dev.promptcanvas.annotations.mask.Rle.encodeRowMajor(ring, h, w));
        List<Annotation> annotations = List.of(region(1, lShape, "an L"), region(2, mask, "a frame"),
                region(3, new Box(1, 1, 3, 5), "a box"), region(4, new Point(7.5, 8.25), "a dot"));
        Path out = dir.resolve("points.json");
        new MdvpFormat().export(ExportSource.of(dataset(annotations, w, h)), out,
                WriteOptions.defaults(null).withFormatOptions(Map.of("prompt", "point")));
        JsonNode record = json.readTree(out.toFile()).get(0);
        assertThat(record.has("bbox")).isFalse();
        double[][] points = json.convertValue(record.get("points"), double[][].class);
        assertThat(points).hasNumberOfRows(4);
        byte[] l = Masks.fromGeometry(lShape, h, w).toRowMajor();
        assertThat(l[(int) points[0][1] * w + (int) points[0][0]]).as("L point inside the L").isEqualTo((byte) 1);
        assertThat(ring[(int) points[1][1] * w + (int) points[1][0]]).as("frame point on the frame")
                .isEqualTo((byte) 1);
        assertThat(points[2]).containsExactly(2, 3);
        assertThat(points[3]).containsExactly(7.5, 8.25);
    }
}
