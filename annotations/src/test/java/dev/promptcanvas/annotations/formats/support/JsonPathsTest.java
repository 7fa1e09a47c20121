package dev.promptcanvas.annotations.formats.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

    @Test
    void pathsNameEveryValueOfADocument() throws Exception {
        String json = "{\"a\": [1, {\"b\": [[2, 3], []]}], \"c\": {\"d\": null}}";
        List<String> paths = new ArrayList<>();
        try (JsonParser p = JsonInput.open(json.getBytes(StandardCharsets.UTF_8))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue() || t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                    paths.add(JsonPaths.here(p));
                }
            }
        }
        assertThat(paths).containsExactly("", "a", "a[0]", "a[1]", "a[1].b", "a[1].b[0]", "a[1].b[0][0]",
                "a[1].b[0][1]", "a[1].b[1]", "c", "c.d");
    }

    @Test
    void pathsAreBuiltByHandTheSameWay() {
        assertThat(JsonPaths.index(JsonPaths.field(JsonPaths.index("annotations", 12), "segmentation"), 0))
                .isEqualTo("annotations[12].segmentation[0]");
        assertThat(JsonPaths.field("", "images")).isEqualTo("images");
    }
}
