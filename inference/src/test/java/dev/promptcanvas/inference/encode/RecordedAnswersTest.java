package dev.promptcanvas.inference.encode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven parser checks on answers quoted in the models' READMEs and cookbooks (and malformed variants of
 * them), from {@code src/test/resources/encode/answers.json}; each case names its source.
 */
class RecordedAnswersTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = RecordedAnswersTest.class.getResourceAsStream("/encode/answers.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                out.add(Arguments.of(c.get("name").asText(), c));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesAsDocumented(String name, JsonNode c) {
        RegionFormat format = RegionFormat.byId(c.get("format").asText()).orElseThrow();
        ImageSize size = c.has("imageSize") ? ImageSize.parse(c.get("imageSize").asText()) : null;
        List<Box> candidates = new ArrayList<>();
        if (c.has("candidates")) {
            for (JsonNode b : c.get("candidates")) {
                candidates.add(new Box(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble()));
            }
        }
        int regionCount = c.has("regionCount") ? c.get("regionCount").asInt() : candidates.size();
        ParsedAnswer answer = format.codec().decode(c.get("answer").asText(),
                new DecodeContext(size, candidates, regionCount));
        JsonNode expect = c.get("expect");

        if (expect.has("text")) {
            assertThat(answer.text()).isEqualTo(expect.get("text").asText());
        }
        if (expect.has("textStartsWith")) {
            assertThat(answer.text()).startsWith(expect.get("textStartsWith").asText());
        }
        int count = expect.has("itemCount") ? expect.get("itemCount").asInt() : expect.get("items").size();
        assertThat(answer.items()).as("items of %s: %s", name, answer.items()).hasSize(count);
        for (int i = 0; i < expect.get("items").size(); i++) {
            check(answer.items().get(i), expect.get("items").get(i), name + " item " + i);
        }
        if (expect.has("lastItem")) {
            check(answer.items().get(answer.items().size() - 1), expect.get("lastItem"), name + " last item");
        }
        List<String> codes = answer.diagnostics().stream().map(Diagnostic::code).distinct().toList();
        List<String> expected = new ArrayList<>();
        expect.get("codes").forEach(n -> expected.add(n.asText()));
        assertThat(codes).as("diagnostics of %s: %s", name, answer.diagnostics()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static void check(AnswerItem item, JsonNode e, String where) {
        if (e.has("phrase")) {
            assertThat(item.phrase()).as(where).isEqualTo(e.get("phrase").asText());
        }
        if (e.has("indexes")) {
            List<Integer> idx = new ArrayList<>();
            e.get("indexes").forEach(n -> idx.add(n.asInt()));
            assertThat(item.indexes()).as(where).isEqualTo(idx);
        }
        if (e.has("span")) {
            assertThat(new int[] {item.start(), item.end()}).as(where)
                    .containsExactly(e.get("span").get(0).asInt(), e.get("span").get(1).asInt());
        }
        if (e.has("boxes")) {
            assertThat(item.boxes()).as(where).hasSize(e.get("boxes").size());
            for (int k = 0; k < item.boxes().size(); k++) {
                Box b = item.boxes().get(k);
                JsonNode x = e.get("boxes").get(k);
                assertThat(new double[] {b.x1(), b.y1(), b.x2(), b.y2()}).as(where).containsExactly(
                        new double[] {x.get(0).asDouble(), x.get(1).asDouble(), x.get(2).asDouble(),
                            x.get(3).asDouble()}, Offset.offset(1e-6));
            }
        }
        if (e.has("points")) {
            assertThat(item.points()).as(where).hasSize(e.get("points").size());
            for (int k = 0; k < item.points().size(); k++) {
                Point p = item.points().get(k);
                JsonNode x = e.get("points").get(k);
                assertThat(p.x()).isCloseTo(x.get(0).asDouble(), Offset.offset(1e-6));
                assertThat(p.y()).isCloseTo(x.get(1).asDouble(), Offset.offset(1e-6));
            }
        }
    }
}
