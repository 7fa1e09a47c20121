package dev.promptcanvas.annotations.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeometryJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyKindRoundTripsExactly() {
        RandomShapes shapes = new RandomShapes(42);
        for (int i = 0; i < 2000; i++) {
            String kind = RandomShapes.GEOMETRY_KINDS.get(i % RandomShapes.GEOMETRY_KINDS.size());
            Geometry g = shapes.geometry(kind, 1 + shapes.random().nextInt(30), 1 + shapes.random().nextInt(30));
            String json = GeometryJson.write(g);
            Geometry back = GeometryJson.read(json);
            assertThat(back).as(json).isEqualTo(g);
            assertThat(back.kind()).isEqualTo(kind);
            assertThat(GeometryJson.write(back)).isEqualTo(json);
        }
    }

    @Test
    void boxIsWrittenInItsDocumentedShape() throws Exception {
        JsonNode node = MAPPER.readTree(GeometryJson.write(new Box(1, 2.5, 30, 40.25)));
        assertThat(node.get("type").asText()).isEqualTo("box");
        assertThat(node.get("xyxy").toString()).isEqualTo("[1,2.5,30,40.25]");
    }

    @Test
    void maskUsesCocoSizeHeightFirstAndPycocotoolsCounts() throws Exception {
        // FORMATS.md test vector: 4x4 mask with the centre 2x2 set -> counts string "52203".
        byte[] rowMajor = new byte[16];
        for (int y = 1; y <= 2; y++) {
            for (int x = 1; x <= 2; x++) {
                rowMajor[y * 4 + x] = 1;
            }
        }
        String json = GeometryJson.write(new Mask(Rle.encodeRowMajor(rowMajor, 4, 4)));
        assertThat(MAPPER.readTree(json))
                .isEqualTo(MAPPER.readTree("{\"type\":\"mask\",\"size\":[4,4],\"counts\":\"52203\"}"));
        // A non-square mask: size is [h, w].
        Mask tall = new Mask(Rle.ofCounts(3, 2, new int[] {0, 3, 3}));
        assertThat(MAPPER.readTree(GeometryJson.write(tall)).get("size").toString()).isEqualTo("[3,2]");
    }

    @Test
    void maskCountsMayBeReadAsUncompressedRuns() {
        Geometry g = GeometryJson.read("{\"type\":\"mask\",\"size\":[2,3],\"counts\":[0,3,3]}");
        assertThat(g).isEqualTo(new Mask(Rle.fromString("033", 2, 3)));
    }

    @Test
    void polygonKeepsPartsAndHoles() {
        Polygon p = new Polygon(List.of(
                new PolygonPart(Ring.of(0, 0, 10, 0, 10, 10, 0, 10), List.of(Ring.of(2, 2, 4, 2, 4, 4))),
                PolygonPart.of(Ring.of(20, 20, 30, 20, 25, 28))));
        assertThat(GeometryJson.read(GeometryJson.write(p))).isEqualTo(p);
        assertThat(GeometryJson.write(p)).contains("\"holes\":[[2,2,4,2,4,4]]");
    }

    @Test
    void negativeZeroAndLongFractionsSurvive() {
        Ellipse e = new Ellipse(-0.0, 0.1 + 0.2, 1e-300, 123456789.123456789, -0.0);
        Ellipse back = (Ellipse) GeometryJson.read(GeometryJson.write(e));
        assertThat(Double.doubleToRawLongBits(back.cx())).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(back).isEqualTo(e);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\":\"box\"}|geometry.xyxy",
        "{\"type\":\"box\",\"xyxy\":[1,2,3]}|geometry.xyxy",
        "{\"type\":\"box\",\"xyxy\":[1,2,\"x\",4]}|geometry.xyxy[2]",
        "{\"type\":\"box\",\"xyxy\":[5,5,1,1]}|geometry",
        "{\"xyxy\":[1,2,3,4]}|geometry.type",
        "{\"type\":\"hexagon\"}|geometry.type",
        "[1,2]|geometry",
        "{\"type\":\"polygon\",\"parts\":[{\"shell\":[0,0,1,1]}]}|geometry.parts[0].shell",
        "{\"type\":\"polygon\",\"parts\":[{\"shell\":[0,0,1,1,2,0],\"holes\":[[0,0]]}]}|geometry.parts[0].holes[0]",
        "{\"type\":\"mask\",\"size\":[4],\"counts\":\"52203\"}|geometry.size",
        "{\"type\":\"mask\",\"size\":[4,4],\"counts\":\"522\"}|geometry.counts",
        "{\"type\":\"mask\",\"size\":[4,4],\"counts\":[1,2.5]}|geometry.counts[1]",
        "{\"type\":\"ellipse\",\"center\":[0,0],\"radii\":[-1,2],\"angle\":0}|geometry",
        "{\"type\":\"ellipse\",\"center\":[0,0],\"radii\":[1,2]}|geometry.angle",
        "{\"type\":\"arrow\",\"tail\":[0,0]}|geometry.head",
        "{\"type\":\"polyline\",\"xy\":[1,2]}|geometry.xy",
        "{\"type\":\"point\",\"xy\":[1e999,2]}|geometry.xy[0]",
        "not json|geometry",
    })
    void badInputNamesTheField(String json, String field) {
        assertThatThrownBy(() -> GeometryJson.read(json))
                .isInstanceOf(JsonFieldException.class)
                .satisfies(e -> assertThat(((JsonFieldException) e).field()).isEqualTo(field))
                .hasMessageStartingWith(field + ": ");
    }

    @Test
    void nullTextIsRejectedClearly() {
        assertThatThrownBy(() -> GeometryJson.read(null)).hasMessageContaining("geometry");
    }
}
