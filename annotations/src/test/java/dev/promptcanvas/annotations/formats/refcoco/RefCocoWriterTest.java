package dev.promptcanvas.annotations.formats.refcoco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatRegistry;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks refs.json against instances.json by parsing both as plain JSON trees. With
 * {@code $PROMPTCANVAS_REFCOCO_SAMPLE} set, the export also lands there for scripts/crosscheck/refcoco_check.sh.
 */
class RefCocoWriterTest {

    @TempDir
    Path temp;

    private final ObjectMapper json = new ObjectMapper();

    private Path outputFolder() throws Exception {
        String env = System.getenv("PROMPTCANVAS_REFCOCO_SAMPLE");
        Path dir = env == null || env.isBlank() ? temp.resolve("refcoco") : Path.of(env);
        Files.createDirectories(dir);
        return dir;
    }

    @Test
    void refsPointAtTheCocoAnnotationsOfTheirTargets() throws Exception {
        RandomDatasets random = new RandomDatasets(17);
        List<ImageRecord> images = List.of(new ImageRecord(11, "a/one.jpg", 80, 60, ""),
                new ImageRecord(12, "two.jpg", 50, 90, ""));
        List<Category> categories = List.of(Category.named("person").withId(5), Category.named("dog").withId(3));
        List<Annotation> annotations = new ArrayList<>();
        List<ReferringExpression> expressions = new ArrayList<>();
        long nextId = 100;
        for (int i = 0; i < 40; i++) {
            ImageRecord image = images.get(i % 2);
            long id = nextId++;
            annotations.add(Annotation.of(image.id(), categories.get(i % 3 == 0 ? 1 : 0).id(),
                    i % 7 == 3 ? new Point(5, 5) : random.integerBox(image.width(), image.height())).withId(id));
            expressions.add(new ReferringExpression(1000 + i, image.id(), "The Thing #" + i + ", left's", List.of(id),
                    null));
            if (i % 4 == 0) {
                expressions.add(new ReferringExpression(2000 + i, image.id(), "also thing " + i, List.of(id), null));
            }
        }
        expressions.add(new ReferringExpression(3000, 11, "nobody", List.of(), "rejection"));
        expressions.add(new ReferringExpression(3001, 11, "both", List.of(100L, 102L), null));
        Dataset d = new Dataset(images, categories, annotations, List.of(), List.of(), expressions, List.of());
        Path out = outputFolder();
        List<Skipped> skipped = new RefCocoFormat().export(ExportSource.of(d), out, WriteOptions.defaults(null));

        JsonNode instances = json.readTree(out.resolve("instances.json").toFile());
        JsonNode refs = json.readTree(out.resolve("refs.json").toFile());
        Map<Integer, JsonNode> cocoAnnotations = new HashMap<>();
        instances.get("annotations").forEach(a -> cocoAnnotations.put(a.get("id").asInt(), a));
        Map<Integer, String> cocoImages = new HashMap<>();
        instances.get("images").forEach(i -> cocoImages.put(i.get("id").asInt(), i.get("file_name").asText()));
        Map<Integer, String> cocoCategories = new HashMap<>();
        instances.get("categories").forEach(c -> cocoCategories.put(c.get("id").asInt(), c.get("name").asText()));

        List<Annotation> referable = annotations.stream().filter(a -> !(a.geometry() instanceof Point)).toList();
        assertThat(refs.size()).isEqualTo(referable.size());
        int expectedSentId = 0;
        for (int k = 0; k < refs.size(); k++) {
            JsonNode ref = refs.get(k);
            Annotation target = referable.get(k);
            assertThat(ref.get("ref_id").asInt()).isEqualTo(k);
            assertThat(ref.get("split").asText()).isEqualTo("train");
            JsonNode coco = cocoAnnotations.get(ref.get("ann_id").asInt());
            Box box = (Box) target.geometry();
            assertThat(json.convertValue(coco.get("bbox"), double[].class))
                    .containsExactly(box.x1(), box.y1(), box.width(), box.height());
            assertThat(coco.get("image_id").asInt()).isEqualTo(ref.get("image_id").asInt());
            assertThat(coco.get("category_id").asInt()).isEqualTo(ref.get("category_id").asInt());
            String path = images.stream().filter(i -> i.id() == target.imageId()).findFirst().orElseThrow().path();
            assertThat(cocoImages.get(ref.get("image_id").asInt())).isEqualTo(path);
            String category = categories.stream().filter(c -> c.id() == target.categoryId()).findFirst()
                    .orElseThrow().name();
            assertThat(cocoCategories.get(ref.get("category_id").asInt())).isEqualTo(category);
            int i = (int) (target.id() - 100);
            JsonNode first = ref.get("sentences").get(0);
            assertThat(first.get("raw").asText()).isEqualTo("The Thing #" + i + ", left's");
            assertThat(json.convertValue(first.get("tokens"), String[].class))
                    .containsExactly("the", "thing", Integer.toString(i), "left's");
            assertThat(first.get("sent").asText()).isEqualTo("the thing " + i + " left's");
            assertThat(ref.get("sentences").size()).isEqualTo(i % 4 == 0 ? 2 : 1);
            for (JsonNode sentence : ref.get("sentences")) {
                assertThat(sentence.get("sent_id").asInt()).isEqualTo(expectedSentId++);
            }
            assertThat(ref.get("sent_ids").size()).isEqualTo(ref.get("sentences").size());
        }
        assertThat(skipped).extracting(Skipped::field).contains("expression 3000", "expression 3001");
        assertThat(skipped.stream().filter(s -> s.field().startsWith("annotation")).count())
                .isEqualTo(annotations.size() - referable.size());
    }

    @Test
    void multiTargetEachAddsTheSentenceToEveryTargetAndSplitsNameTheFiles() throws Exception {
        List<ImageRecord> images = List.of(new ImageRecord(1, "x.jpg", 20, 20, ""));
        List<Annotation> annotations = List.of(Annotation.of(1, 1, new Box(0, 0, 5, 5)).withId(1),
                Annotation.of(1, 1, new Box(5, 5, 10, 10)).withId(2));
        Dataset d = new Dataset(images, List.of(Category.named("p").withId(1)), annotations, List.of(), List.of(),
                List.of(new ReferringExpression(1, 1, "two people", List.of(1L, 2L), null)), List.of());
        Path out = temp.resolve("each");
        new RefCocoFormat().export(ExportSource.of(d), out, WriteOptions.defaults(null)
                .withFormatOptions(Map.of("multi-target", "each")).withSplit("val", List.of("train", "val")));
        JsonNode refs = json.readTree(out.resolve("refs_val.json").toFile());
        assertThat(refs.size()).isEqualTo(2);
        assertThat(refs.get(0).get("ann_id").asInt()).isEqualTo(1);
        assertThat(refs.get(1).get("ann_id").asInt()).isEqualTo(2);
        assertThat(refs.get(1).get("split").asText()).isEqualTo("val");
        assertThat(refs.get(1).get("sentences").get(0).get("raw").asText()).isEqualTo("two people");
        assertThat(out.resolve("instances_val.json")).exists();
    }

    @Test
    void isRegisteredAsAWriteOnlyFolderFormat() {
        assertThat(FormatRegistry.find("refcoco")).get().isInstanceOf(RefCocoFormat.class);
        assertThat(new RefCocoFormat().writesFolder()).isTrue();
        assertThat(new RefCocoFormat().canRead()).isFalse();
    }
}
