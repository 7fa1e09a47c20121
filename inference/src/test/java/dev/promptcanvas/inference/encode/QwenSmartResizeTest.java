package dev.promptcanvas.inference.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class QwenSmartResizeTest {

    /** Sizes computed with transformers' own smart_resize (see the file's "source"). */
    @Test
    void matchesTransformersVectors() throws IOException {
        JsonNode v;
        try (InputStream in = getClass().getResourceAsStream("/encode/qwen-smart-resize-vectors.json")) {
            v = new ObjectMapper().readTree(in);
        }
        assertThat(v.get("cases").size()).isGreaterThan(40);
        for (JsonNode c : v.get("cases")) {
            ImageSize in = new ImageSize(c.get("width").asInt(), c.get("height").asInt());
            ImageSize out = QwenSmartResize.DEFAULT.inputSize(in);
            assertThat(out).as(in.toString())
                    .isEqualTo(new ImageSize(c.get("inputWidth").asInt(), c.get("inputHeight").asInt()));
        }
    }

    @Test
    void sidesAreMultiplesOf28WithinThePixelBudget() {
        java.util.Random r = new java.util.Random(1);
        for (int t = 0; t < 500; t++) {
            ImageSize in = new ImageSize(14 + r.nextInt(12000), 14 + r.nextInt(12000));
            if ((double) Math.max(in.width(), in.height()) / Math.min(in.width(), in.height()) > 200) {
                continue;
            }
            ImageSize out = QwenSmartResize.DEFAULT.inputSize(in);
            assertThat(out.width() % 28).isZero();
            assertThat(out.height() % 28).isZero();
            assertThat((long) out.width() * out.height()).isBetween(4L * 28 * 28, 16384L * 28 * 28);
        }
    }

    @Test
    void refusesExtremeAspectRatios() {
        assertThatThrownBy(() -> QwenSmartResize.DEFAULT.inputSize(new ImageSize(10000, 40)))
                .hasMessageContaining("aspect ratio");
    }
}
