package dev.promptcanvas.annotations.formats.odvg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.GroundedDatasets;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdvgFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static Dataset detectionDataset(long seed) {
        RandomDatasets random = new RandomDatasets(seed);
        List<ImageRecord> images = List.of(new ImageRecord(1, "a.jpg", 64, 48, ""),
                new ImageRecord(2, "sub/b.jpg", 100, 30, ""));
        List<Category> categories = List.of(Category.named("person").withId(5), Category.named("car").withId(6),
                Category.named("tree").withId(7));
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ImageRecord image = images.get(i % 2);
            annotations.add(Annotation.of(image.id(), 5 + random.random().nextInt(3),
                    random.box(image.width(), image.height())).withId(i + 1));
        }
        return Dataset.of(images, categories, annotations);
    }

    @Test
    void detectionLinesAndTheLabelMap() throws Exception {
        Dataset d = new Dataset(List.of(new ImageRecord(1, "x/a.jpg", 40, 30, "")),
                List.of(Category.named("person").withId(3), Category.named("dog").withId(9)),
                List.of(Annotation.of(1, 9, new Box(1, 2, 3.5, 4)).withId(1),
                        Annotation.of(1, 3, new Point(5, 5)).withId(2)), null, null, null, null);
        Path out = dir.resolve("train.jsonl");
        List<Skipped> skipped = new OdvgFormat().export(ExportSource.of(d), out, WriteOptions.defaults(null));
        assertThat(Files.readAllLines(out)).containsExactly("{\"filename\":\"x/a.jpg\",\"height\":30,\"width\":40,"
                + "\"detection\":{\"instances\":[{\"bbox\":[1,2,3.5,4],\"label\":1,\"category\":\"dog\"}]}}");
        assertThat(JSON.readTree(dir.resolve("train_label_map.json").toFile()).toString())
                .isEqualTo("{\"0\":\"person\",\"1\":\"dog\"}");
        assertThat(skipped).extracting(Skipped::field).containsExactly("annotation 2");
        Path map = dir.resolve("maps/labels.json");
        new OdvgFormat().write(ExportSource.of(d), out, WriteOptions.defaults(null)
                .withFormatOptions(Map.of("label_map", map.toString(), "mode", "detection")));
        assertThat(map).exists();
    }

    @Test
    void detectionRoundTrip() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Dataset original = detectionDataset(seed);
            Path out = dir.resolve("det" + seed + ".jsonl");
            new OdvgFormat().write(ExportSource.of(original), out, WriteOptions.defaults(null));
            Dataset back = new OdvgFormat().read(out, ReadOptions.defaults()).dataset();
            assertThat(back.images()).extracting(ImageRecord::path).containsExactly("a.jpg", "sub/b.jpg");
            assertThat(describe(back)).containsExactlyInAnyOrderElementsOf(describe(original));
        }
    }

    private static List<String> describe(Dataset d) {
        return d.annotations().stream().map(a -> a.imageId() + " " + d.categories().stream()
                .filter(c -> c.id() == a.categoryId()).findFirst().orElseThrow().name() + " " + a.geometry()).toList();
    }

    /** Property: in random grounding exports every tokens_positive span slices the caption to the phrase. */
    @Test
    void tokensPositiveSliceTheCaptionToThePhrase() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            Dataset d = GroundedDatasets.random(seed, false);
            Path out = dir.resolve("vg" + seed + ".jsonl");
            new OdvgFormat().write(ExportSource.of(d), out, WriteOptions.defaults(null)
                    .withFormatOptions(Map.of("mode", "grounding")));
            List<JsonNode> records = lines(out);
            assertThat(records).hasSize(d.captions().size());
            for (int i = 0; i < records.size(); i++) {
                JsonNode g = records.get(i).get("grounding");
                Caption c = d.captions().get(i);
                assertThat(g.get("caption").asText()).isEqualTo(c.text());
                int[] cps = c.text().codePoints().toArray();
                int expectedRegions = d.phrases().stream().filter(p -> p.captionId() == c.id())
                        .mapToInt(p -> p.annotationIds().size()).sum();
                assertThat(g.get("regions")).hasSize(expectedRegions);
                for (JsonNode r : g.get("regions")) {
                    JsonNode t = r.get("tokens_positive").get(0);
                    String slice = new String(cps, t.get(0).asInt(), t.get(1).asInt() - t.get(0).asInt());
                    assertThat(slice).as("seed %d caption %d", seed, i).isEqualTo(r.get("phrase").asText());
                }
            }
        }
    }

    @Test
    void groundingRoundTripKeepsSpansAndBoxesExactly() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Dataset original = GroundedDatasets.random(seed, false);
            Path out = dir.resolve("rt" + seed + ".jsonl");
            new OdvgFormat().write(ExportSource.of(original), out, WriteOptions.defaults(null)
                    .withFormatOptions(Map.of("mode", "grounding")));
            Dataset back = new OdvgFormat().read(out, ReadOptions.defaults()).dataset();
            assertThat(back.captions()).extracting(Caption::text)
                    .isEqualTo(original.captions().stream().map(Caption::text).toList());
            assertThat(back.phrases()).hasSameSizeAs(original.phrases());
            for (int i = 0; i < original.phrases().size(); i++) {
                GroundedPhrase o = original.phrases().get(i);
                GroundedPhrase b = back.phrases().get(i);
                assertThat(List.of(b.start(), b.end())).isEqualTo(List.of(o.start(), o.end()));
                assertThat(b.annotationIds().stream().map(id -> GroundedDatasets.boundsOf(back, id)).toList())
                        .isEqualTo(o.annotationIds().stream().map(id -> GroundedDatasets.boundsOf(original, id))
                                .toList());
            }
        }
    }

    @Test
    void autoModeMixesPerImageAndSaysSo() throws Exception {
        Dataset d = new Dataset(List.of(new ImageRecord(1, "a.jpg", 10, 10, ""), new ImageRecord(2, "b.jpg", 10, 10,
                "")), List.of(Category.named("cat").withId(1)), List.of(Annotation.of(1, 1, new Box(0, 0, 5, 5))
                .withId(1), Annotation.of(2, 1, new Box(1, 1, 2, 2)).withId(2)),
                List.of(new Caption(1, 1, "a cat", Source.human())),
                List.of(new GroundedPhrase(1, 1, 2, 5, List.of(1L))), null, null);
        Path out = dir.resolve("mixed.jsonl");
        List<Skipped> skipped = new OdvgFormat().export(ExportSource.of(d), out, WriteOptions.defaults(null));
        List<JsonNode> r = lines(out);
        assertThat(r.get(0).has("grounding")).isTrue();
        assertThat(r.get(0).get("grounding").get("regions").toString())
                .isEqualTo("[{\"bbox\":[0,0,5,5],\"phrase\":\"cat\",\"tokens_positive\":[[2,5]]}]");
        assertThat(r.get(1).has("detection")).isTrue();
        assertThat(skipped).anySatisfy(s -> assertThat(s.reason()).contains("one mode per file"));
    }

    @Test
    void readsLabelMapsCategoriesFloatSpansAndPhrasesWithoutTokens() throws Exception {
        Path in = dir.resolve("val.jsonl");
        Files.writeString(in, """
                {"filename": "a.jpg", "height": 20, "width": 30, "detection": {"instances": [\
                  {"bbox": [1, 2, 3, 4], "label": 1}, {"bbox": [0, 0, 40, 10], "label": 0, "category": "ignored"}]}}
                {"filename": "b.jpg", "height": 20, "width": 30, "grounding": {"caption": "two dogs", "regions": [\
                  {"bbox": [1, 1, 5, 5], "phrase": "dogs", "tokens_positive": [[4.0, 8.0], [0, 3]]},\
                  {"bbox": [6, 6, 9, 9], "phrase": "dogs"}]}}
                """);
        Files.writeString(dir.resolve("val_label_map.json"), "{\"0\": \"person\", \"1\": \"bike\"}");
        Dataset d = new OdvgFormat().read(in, ReadOptions.defaults()).dataset();
        assertThat(d.categories()).extracting(Category::name).containsExactly("bike", "person", "object");
        assertThat(d.annotations().get(1).geometry()).isEqualTo(new Box(0, 0, 30, 10));
        assertThat(d.phrases()).extracting(p -> d.captions().get(0).text().substring(p.start(), p.end()))
                .containsExactly("dogs", "two");
        assertThat(d.phrases().get(0).annotationIds()).containsExactly(3L, 4L);
        Files.delete(dir.resolve("val_label_map.json"));
        Path other = dir.resolve("elsewhere.json");
        Files.writeString(other, "{\"0\": \"P\", \"1\": \"B\"}");
        assertThat(new OdvgFormat(other).read(in, ReadOptions.defaults()).dataset().categories())
                .extracting(Category::name).containsExactly("B", "P", "object");
        FormatException noMap = catchThrowableOfType(FormatException.class,
                () -> new OdvgFormat().read(in, ReadOptions.defaults()));
        assertThat(noMap.getMessage()).contains("line 1: detection.instances[0].category", "no label map");
    }

    @Test
    void badLinesNameFileLineAndField() throws Exception {
        String good = "{\"filename\":\"a.jpg\",\"height\":20,\"width\":30,\"grounding\":{\"caption\":\"a dog\","
                + "\"regions\":[{\"bbox\":[1,1,5,5],\"phrase\":\"dog\",\"tokens_positive\":[[2,5]]}]}}";
        String[][] cases = {
            {good.replace("[[2,5]]", "[[2,9]]"), "line 2: grounding.regions[0].tokens_positive[0]", "inside"},
            {good.replace("[1,1,5,5]", "[1,1,5]"), "line 2: grounding.regions[0].bbox", "[x1, y1, x2, y2]"},
            {good.replace("[1,1,5,5]", "[5,1,1,5]"), "line 2: grounding.regions[0].bbox", "out of order"},
            {good.replace("[1,1,5,5]", "[50,50,60,60]"), "line 2: grounding.regions[0].bbox", "outside"},
            {good.replace("\"height\":20,", ""), "line 2: height", "missing"},
            {good.replace("\"grounding\"", "\"other\""), "line 2: detection", "needs"},
            {good.replace("\"width\":30", "\"width\":31"), "line 2: width", "earlier line"},
            {good.replace("\"caption\":\"a dog\"", "\"caption\":7"), "line 2: grounding.caption", "string"},
            {"{\"filename\":", "line 2", "malformed"}};
        for (String[] c : cases) {
            Path f = dir.resolve("bad.jsonl");
            Files.writeString(f, good + "\n" + c[0] + "\n");
            FormatException e = catchThrowableOfType(FormatException.class,
                    () -> new OdvgFormat().read(f, ReadOptions.defaults()));
            assertThat(e).as(c[0]).isNotNull();
            assertThat(e.getMessage()).contains("bad.jsonl", c[1], c[2]);
            ReadResult skipping = new OdvgFormat().read(f, new ReadOptions(null, true));
            assertThat(skipping.skipped()).hasSize(1);
            assertThat(skipping.dataset().captions()).hasSize(1);
            assertThat(skipping.dataset().annotations()).hasSize(1);
        }
    }
}
