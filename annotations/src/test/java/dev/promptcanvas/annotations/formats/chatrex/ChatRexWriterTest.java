package dev.promptcanvas.annotations.formats.chatrex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatRexWriterTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    /** RexSeek's answer parsing: ground text to the object indexes named after it. */
    private static Map<String, List<Integer>> parseAnswer(String answer) {
        Map<String, List<Integer>> out = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("<ground>(.*?)</ground><objects>(.*?)</objects>").matcher(answer);
        while (m.find()) {
            List<Integer> indexes = new ArrayList<>();
            Matcher o = Pattern.compile("<obj(\\d+)>").matcher(m.group(2));
            while (o.find()) {
                indexes.add(Integer.parseInt(o.group(1)));
            }
            out.put(m.group(1).strip(), indexes);
        }
        return out;
    }

    private List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            records.add(json.readTree(line));
        }
        return records;
    }

    @Test
    void expressionRecordsNameTheTargetsAmongPersonCandidates() throws Exception {
        List<ImageRecord> images = List.of(new ImageRecord(1, "crowd.jpg", 200, 100, ""));
        List<Category> categories = List.of(Category.named("person").withId(1), Category.named("dog").withId(2));
        List<Annotation> annotations = List.of(
                Annotation.of(1, 1, new Box(0, 0, 10, 20)).withId(11),
                Annotation.of(1, 2, new Box(50, 50, 60, 70)).withId(12),
                Annotation.of(1, 1, new Box(100.5, 10, 120, 90)).withId(13),
                Annotation.of(1, 1, new Box(150, 0, 199, 99)).withId(14));
        List<ReferringExpression> expressions = List.of(
                new ReferringExpression(1, 1, "the two tall people", List.of(14L, 13L), "position"),
                new ReferringExpression(2, 1, "the dog", List.of(12L), null),
                new ReferringExpression(3, 1, "a man in a red hat", List.of(), "rejection"));
        Dataset d = new Dataset(images, categories, annotations, List.of(), List.of(), expressions, List.of());
        Path out = dir.resolve("chatrex.jsonl");
        new ChatRexFormat().export(ExportSource.of(d), out, WriteOptions.defaults(null));
        List<JsonNode> records = lines(out);
        assertThat(records).hasSize(3);

        JsonNode first = records.get(0);
        assertThat(first.get("image").asText()).isEqualTo("crowd.jpg");
        assertThat(first.get("domain").asText()).isEqualTo("position");
        double[][] boxes = json.convertValue(first.get("boxes"), double[][].class);
        assertThat(boxes).hasNumberOfRows(3);
        assertThat(boxes[0]).containsExactly(0, 0, 10, 20);
        assertThat(boxes[1]).containsExactly(100.5, 10, 120, 90);
        assertThat(boxes[2]).containsExactly(150, 0, 199, 99);
        String question = first.get("conversations").get(0).get("value").asText();
        assertThat(question).isEqualTo("<image>\n<obj0><objfeat><obj1><objfeat><obj2><objfeat>\nPlease detect the "
                + "two tall people in this image. Answer the question with object indexes.");
        assertThat(first.get("conversations").get(1).get("from").asText()).isEqualTo("gpt");
        assertThat(parseAnswer(first.get("conversations").get(1).get("value").asText()))
                .containsEntry("the two tall people", List.of(1, 2));

        JsonNode dog = records.get(1);
        double[][] dogBoxes = json.convertValue(dog.get("boxes"), double[][].class);
        assertThat(dogBoxes).as("the target dog is appended to the person candidates").hasNumberOfRows(4);
        assertThat(dogBoxes[3]).containsExactly(50, 50, 60, 70);
        assertThat(parseAnswer(dog.get("conversations").get(1).get("value").asText()))
                .containsEntry("the dog", List.of(3));

        String rejection = records.get(2).get("conversations").get(1).get("value").asText();
        assertThat(rejection).isEqualTo("<ground>a man in a red hat</ground><objects>None</objects>");
        assertThat(parseAnswer(rejection)).containsEntry("a man in a red hat", List.of());
    }

    @Test
    void groundedCaptionsAndTheCandidateCap() throws Exception {
        RandomDatasets random = new RandomDatasets(4);
        List<ImageRecord> images = List.of(new ImageRecord(1, "many.jpg", 300, 300, ""));
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            annotations.add(Annotation.of(1, 1, random.box(300, 300)).withId(i + 1));
        }
        String text = "A cat sits next to two dogs.";
        Caption caption = new Caption(1, 1, text, Source.human());
        List<GroundedPhrase> phrases = List.of(new GroundedPhrase(1, 1, 0, 5, List.of(3L)),
                new GroundedPhrase(2, 1, 19, 27, List.of(125L, 120L)));
        Dataset d = new Dataset(images, List.of(Category.named("animal").withId(1)), annotations, List.of(caption),
                phrases, List.of(new ReferringExpression(9, 1, "the last one", List.of(130L), null)), List.of());
        Path out = dir.resolve("chatrex.json");
        new ChatRexFormat().export(ExportSource.of(d), out, WriteOptions.defaults(null)
                .withFormatOptions(Map.of("format", "json")));
        JsonNode root = json.readTree(out.toFile());
        assertThat(root.isArray()).isTrue();
        JsonNode expression = root.get(0);
        assertThat(expression.get("boxes").size()).isEqualTo(100);
        Box last = (Box) annotations.get(129).geometry();
        assertThat(json.convertValue(expression.get("boxes").get(99), double[].class))
                .containsExactly(last.x1(), last.y1(), last.x2(), last.y2());
        assertThat(parseAnswer(expression.get("conversations").get(1).get("value").asText()))
                .containsEntry("the last one", List.of(99));

        JsonNode cap = root.get(1);
        assertThat(cap.get("id").asText()).isEqualTo("promptcanvas-caption-2");
        String answer = cap.get("conversations").get(1).get("value").asText();
        assertThat(answer).isEqualTo("<ground>A cat</ground><objects><obj2></objects> sits next to "
                + "<ground>two dogs</ground><objects><obj98><obj99></objects>.");
        double[][] boxes = json.convertValue(cap.get("boxes"), double[][].class);
        Box dog = (Box) annotations.get(119).geometry();
        assertThat(boxes[98]).containsExactly(dog.x1(), dog.y1(), dog.x2(), dog.y2());
        Box dog2 = (Box) annotations.get(124).geometry();
        assertThat(boxes[99]).containsExactly(dog2.x1(), dog2.y1(), dog2.x2(), dog2.y2());
    }
}
