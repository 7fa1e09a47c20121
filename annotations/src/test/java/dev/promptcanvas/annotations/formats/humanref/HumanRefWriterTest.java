package dev.promptcanvas.annotations.formats.humanref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks HumanRef exports with a plain Jackson tree. */
class HumanRefWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A 5x5 image: two people, a dog, a point; four expressions. */
    static Dataset sample() {
        ImageRecord image = new ImageRecord(1, "imgs/street.jpg", 5, 5, "");
        List<Category> categories = List.of(new Category(1, "Person", null, null, null),
                new Category(2, "dog", null, null, null));
        List<Annotation> annotations = List.of(
                Annotation.of(1, 1, new Box(1, 1, 3, 3)).withId(10),
                Annotation.of(1, 1, Polygon.of(0, 0, 2, 0, 2, 5)).withId(11),
                Annotation.of(1, 2, new Box(3, 3, 5, 5)).withId(12),
                Annotation.of(1, 1, new Point(4, 1)).withId(13));
        List<ReferringExpression> expressions = List.of(
                new ReferringExpression(21, 1, "the man in red", List.of(10L), "attribute/color"),
                new ReferringExpression(22, 1, "the dog", List.of(12L), "position"),
                new ReferringExpression(23, 1, "the astronaut", List.of(), null),
                new ReferringExpression(24, 1, "the dot", List.of(13L), null));
        return new Dataset(List.of(image), categories, annotations, List.of(), List.of(), expressions, List.of());
    }

    private List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void writesCandidatesAnswersAndPycocotoolsRles() throws Exception {
        Path out = dir.resolve("gt.jsonl");
        List<Skipped> skipped = new HumanRefFormat().export(ExportSource.of(sample()), out,
                WriteOptions.defaults(null));
        assertThat(skipped).extracting(Skipped::field).containsExactly("expression 24");
        List<JsonNode> r = lines(out);
        assertThat(r).hasSize(3);
        JsonNode man = r.get(0);
        assertThat(man.get("id").asLong()).isEqualTo(21);
        assertThat(man.get("image_name").asText()).isEqualTo("imgs/street.jpg");
        assertThat(man.get("referring").asText()).isEqualTo("the man in red");
        assertThat(man.get("domain").asText()).isEqualTo("attribute");
        assertThat(man.get("sub_domain").asText()).isEqualTo("color");
        assertThat(man.get("candidate_boxes").toString()).isEqualTo("[[1,1,3,3],[0,0,2,5]]");
        assertThat(man.get("answer_boxes").toString()).isEqualTo("[[1,1,3,3]]");
        // FORMATS.md: the polygon [1,1,3,1,3,3,1,3] on a 5x5 image (pixels 1..2 x 1..2) is "62309".
        assertThat(man.get("answer_segmentations").toString()).isEqualTo("[{\"size\":[5,5],\"counts\":\"62309\"}]");
        JsonNode dog = r.get(1);
        assertThat(dog.get("domain").asText()).isEqualTo("position");
        assertThat(dog.get("sub_domain").asText()).isEqualTo("position");
        assertThat(dog.get("candidate_boxes").toString()).isEqualTo("[[1,1,3,3],[0,0,2,5],[3,3,5,5]]");
        JsonNode none = r.get(2);
        assertThat(none.get("domain").asText()).isEqualTo("rejection");
        assertThat(none.get("answer_boxes").toString()).isEqualTo("[]");
        assertThat(none.get("answer_segmentations").toString()).isEqualTo("[]");
    }

    @Test
    void theCandidatesOptionPicksTheCategory() throws Exception {
        Path out = dir.resolve("dogs.jsonl");
        new HumanRefFormat().write(ExportSource.of(sample()), out, WriteOptions.defaults(null)
                .withFormatOptions(Map.of("candidates", "dog")));
        assertThat(lines(out).get(0).get("candidate_boxes").toString()).isEqualTo("[[3,3,5,5],[1,1,3,3]]");
        assertThatThrownBy(() -> new HumanRefFormat().write(ExportSource.of(sample()), out,
                WriteOptions.defaults(null).withFormatOptions(Map.of("candidates", "cat"))))
                .hasMessageContaining("candidates=cat");
    }

    @Test
    void predictionsAreTheTargetsBoxes() throws Exception {
        Path out = dir.resolve("pred.jsonl");
        new HumanRefPredictionsFormat().write(ExportSource.of(sample()), out, WriteOptions.defaults(null));
        assertThat(Files.readAllLines(out)).containsExactly("{\"id\":21,\"extracted_predictions\":[[1,1,3,3]]}",
                "{\"id\":22,\"extracted_predictions\":[[3,3,5,5]]}", "{\"id\":23,\"extracted_predictions\":[]}");
        HumanRefPredictions read = HumanRefPredictions.read(out);
        assertThat(read.pointMode()).isFalse();
        assertThat(read.items()).extracting(HumanRefPredictions.Item::id).containsExactly("21", "22", "23");
        assertThat(read.items().get(1).values()).singleElement().satisfies(v -> assertThat(v)
                .containsExactly(3, 3, 5, 5));
        assertThat(new HumanRefPredictionsFormat().canRead()).isFalse();
    }
}
