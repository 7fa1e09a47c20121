package dev.promptcanvas.inference.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class Kosmos2PatchesTest {

    @Test
    void formatsExampleBothWays() {
        assertThat(Kosmos2Patches.toBox(44, 863)).containsExactly(0.390625, 0.046875, 0.984375, 0.828125);
        assertThat(Kosmos2Patches.toIndices(0.390625, 0.046875, 0.984375, 0.828125)).containsExactly(44, 863);
        assertThat(Kosmos2Patches.token(44)).isEqualTo("<patch_index_0044>");
    }

    /** Vectors produced by HF transformers' own functions (see the file's "source"). */
    @Test
    void matchesTransformersVectors() throws IOException {
        JsonNode v;
        try (InputStream in = getClass().getResourceAsStream("/encode/kosmos2-hf-vectors.json")) {
            v = new ObjectMapper().readTree(in);
        }
        for (JsonNode c : v.get("toIndices")) {
            JsonNode b = c.get("box");
            assertThat(Kosmos2Patches.toIndices(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(),
                    b.get(3).asDouble())).as(b.toString())
                    .containsExactly(c.get("indices").get(0).asInt(), c.get("indices").get(1).asInt());
        }
        for (JsonNode c : v.get("toBox")) {
            double[] box = Kosmos2Patches.toBox(c.get("ul").asInt(), c.get("lr").asInt());
            for (int i = 0; i < 4; i++) {
                assertThat(box[i]).isCloseTo(c.get("box").get(i).asDouble(), Offset.offset(1e-12));
            }
        }
        RegionCodec codec = RegionFormat.KOSMOS2.codec();
        for (JsonNode c : v.get("clean")) {
            ParsedAnswer a = codec.decode(c.get("text").asText(), DecodeContext.none());
            assertThat(a.text()).isEqualTo(c.get("clean").asText());
            JsonNode entities = c.get("entities");
            assertThat(a.items()).hasSize(entities.size());
            for (int i = 0; i < entities.size(); i++) {
                JsonNode e = entities.get(i);
                AnswerItem item = a.items().get(i);
                boolean hasPhrase = !e.get(0).asText().startsWith("<patch_index_");
                if (hasPhrase) {
                    assertThat(item.phrase()).isEqualTo(e.get(0).asText());
                    assertThat(item.start()).isEqualTo(e.get(1).get(0).asInt());
                    assertThat(item.end()).isEqualTo(e.get(1).get(1).asInt());
                }
                assertThat(item.boxes()).hasSize(e.get(2).size());
                for (int k = 0; k < item.boxes().size(); k++) {
                    Box b = item.boxes().get(k);
                    JsonNode x = e.get(2).get(k);
                    assertThat(new double[] {b.x1(), b.y1(), b.x2(), b.y2()}).containsExactly(new double[] {
                        x.get(0).asDouble(), x.get(1).asDouble(), x.get(2).asDouble(), x.get(3).asDouble()},
                            Offset.offset(1e-12));
                }
            }
        }
    }

    @Test
    void roundTripStaysWithinOneCell() {
        Random random = new Random(7);
        for (int t = 0; t < 2000; t++) {
            double x1 = random.nextDouble();
            double x2 = random.nextDouble();
            double y1 = random.nextDouble();
            double y2 = random.nextDouble();
            if (Math.abs(x2 - x1) < 1e-6 || Math.abs(y2 - y1) < 1e-6) {
                continue;
            }
            double[] in = {Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)};
            int[] idx = Kosmos2Patches.toIndices(in[0], in[1], in[2], in[3]);
            assertThat(idx[0]).isBetween(0, 1023);
            assertThat(idx[1]).isBetween(0, 1023);
            double[] out = Kosmos2Patches.toBox(idx[0], idx[1]);
            for (int i = 0; i < 4; i++) {
                assertThat(Math.abs(out[i] - in[i])).as("%s -> %s", List.of(in[0], in[1], in[2], in[3]),
                        List.of(out[0], out[1], out[2], out[3])).isLessThanOrEqualTo(1.0 / 32 + 1e-12);
            }
        }
    }

    @Test
    void rejectsDegenerateOrOutsideBoxes() {
        assertThatThrownBy(() -> Kosmos2Patches.toIndices(0.5, 0.1, 0.5, 0.2)).hasMessageContaining("x2 > x1");
        assertThatThrownBy(() -> Kosmos2Patches.toIndices(-0.1, 0.1, 0.5, 0.2)).hasMessageContaining("within [0, 1]");
    }
}
