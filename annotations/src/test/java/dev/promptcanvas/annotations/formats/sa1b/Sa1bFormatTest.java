package dev.promptcanvas.annotations.formats.sa1b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sa1bFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Dataset small() {
        ImageRecord image = new ImageRecord(4, "photos/sa_9.jpg", 5, 5, "");
        byte[] m = new byte[25];
        m[2 * 5 + 3] = 1;
        m[3 * 5 + 3] = 1;
        Mask mask = new Mask(Rle.encodeRowMajor(m, 5, 5));
        PromptRecord record = new PromptRecord(70, 4, List.of(new PointPrompt(3.5, 2.5, true),
                new PointPrompt(1, 1, false), new BoxPrompt(new Box(0, 0, 4, 4)), new PointPrompt(3.2, 3.7, true)),
                "sam2.1-tiny", "abc", 1, 0.87, List.of());
        return new Dataset(List.of(image), List.of(Category.named("thing").withId(1)), List.of(
                Annotation.of(4, 1, Polygon.of(1, 1, 3, 1, 3, 3, 1, 3)).withId(1),
                new Annotation(2, 4, 1, mask, 0.5, Source.model("sam2.1-tiny", "abc"), Review.ACCEPTED, false,
                        Map.of("stability_score", "0.93", "crop_box", "0,0,4,5"), null, 70L),
                Annotation.of(4, 1, new Point(1, 1)).withId(3)),
                null, null, null, List.of(record));
    }

    @Test
    void writesSa1bFieldsThatAPlainTreeReads() throws Exception {
        Path out = dir.resolve("out");
        List<Skipped> skipped = new Sa1bFormat().export(ExportSource.of(small()), out, WriteOptions.defaults(null));
        assertThat(skipped).extracting(Skipped::field).containsExactly("annotation 3");
        JsonNode root = JSON.readTree(out.resolve("photos/sa_9.json").toFile());
        assertThat(root.get("image").toString())
                .isEqualTo("{\"image_id\":1,\"width\":5,\"height\":5,\"file_name\":\"photos/sa_9.jpg\"}");
        JsonNode a = root.get("annotations").get(0);
        // FORMATS.md: the polygon [1,1,3,1,3,3,1,3] on a 5x5 image is "62309", pixels 1..2 x 1..2.
        assertThat(a.toString()).isEqualTo("{\"id\":1,\"segmentation\":{\"size\":[5,5],\"counts\":\"62309\"},"
                + "\"bbox\":[1,1,2,2],\"area\":4,\"predicted_iou\":1,\"stability_score\":1,\"crop_box\":[0,0,5,5],"
                + "\"point_coords\":[[1.5,1.5]]}");
        JsonNode b = root.get("annotations").get(1);
        assertThat(b.get("bbox").toString()).isEqualTo("[3,2,1,2]");
        assertThat(b.get("area").asInt()).isEqualTo(2);
        assertThat(b.get("predicted_iou").asDouble()).isEqualTo(0.87);
        assertThat(b.get("stability_score").asDouble()).isEqualTo(0.93);
        assertThat(b.get("crop_box").toString()).isEqualTo("[0,0,4,5]");
        assertThat(b.get("point_coords").toString()).isEqualTo("[[3.5,2.5],[3.2,3.7]]");
        Path masksOnly = dir.resolve("masks");
        new Sa1bFormat().write(ExportSource.of(small()), masksOnly, WriteOptions.defaults(null)
                .withFormatOptions(Map.of("masks_only", "true")));
        assertThat(JSON.readTree(masksOnly.resolve("photos/sa_9.json").toFile()).get("annotations")).hasSize(1);
        assertThat(new Sa1bFormat().writesFolder()).isTrue();
    }

    @Test
    void eachSplitGoesToItsOwnSubfolder() throws Exception {
        Path out = dir.resolve("split");
        new Sa1bFormat().write(ExportSource.of(small()), out, WriteOptions.defaults(null)
                .withSplit("val", List.of("train", "val")));
        assertThat(out.resolve("val/photos/sa_9.json")).exists();
        assertThat(new Sa1bFormat().read(out.resolve("val"), ReadOptions.defaults()).dataset().images())
                .extracting(ImageRecord::path).containsExactly("photos/sa_9.jpg");
    }

    private static Dataset randomMasks(long seed) {
        RandomDatasets random = new RandomDatasets(seed);
        List<ImageRecord> images = List.of(new ImageRecord(1, "sa_1.jpg", 40, 30, ""),
                new ImageRecord(2, "part/sa_2.jpg", 23, 57, ""));
        List<Annotation> annotations = new ArrayList<>();
        List<PromptRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ImageRecord image = images.get(i % 2);
            Mask mask = random.mask(image.width(), image.height());
            double iou = Math.round(random.random().nextDouble() * 1000) / 1000.0;
            List<Prompt> points = new ArrayList<>();
            for (int k = 0; k <= i % 3; k++) {
                points.add(new PointPrompt(random.random().nextDouble() * image.width(),
                        random.random().nextDouble() * image.height(), true));
            }
            records.add(new PromptRecord(i + 1, image.id(), points, Sa1bFormat.MODEL_ID, "", 0, iou, List.of()));
            annotations.add(new Annotation(i + 1, image.id(), 1, mask, iou, null, null, false,
                    Map.of("stability_score", Double.toString(0.5 + i / 100.0), "crop_box", "1,2,30,20"), null,
                    i + 1L));
        }
        return new Dataset(images, List.of(Category.named("object").withId(1)), annotations, null, null, null,
                records);
    }

    @Test
    void masksPointsAndScoresSurviveARoundTrip() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Dataset original = randomMasks(seed);
            Path out = dir.resolve("rt" + seed);
            new Sa1bFormat().write(ExportSource.of(original), out, WriteOptions.defaults(null));
            ReadResult read = new Sa1bFormat().read(out, ReadOptions.defaults());
            assertThat(read.skipped()).isEmpty();
            Dataset back = read.dataset();
            assertThat(back.images()).extracting(ImageRecord::path).containsExactlyInAnyOrder("sa_1.jpg",
                    "part/sa_2.jpg");
            assertThat(sorted(back)).isEqualTo(sorted(original));
            Path again = dir.resolve("again" + seed);
            new Sa1bFormat().write(ExportSource.of(back), again, WriteOptions.defaults(null));
            for (String f : new String[] {"sa_1.json", "part/sa_2.json"}) {
                // annotation ids follow the order images are read back in (path order); all else is the same
                assertThat(withoutIds(again.resolve(f))).containsExactlyInAnyOrderElementsOf(withoutIds(out.resolve(f)));
            }
        }
    }

    private static List<JsonNode> withoutIds(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : JSON.readTree(file.toFile()).get("annotations")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("id");
            out.add(a);
        }
        return out;
    }

    /** Per annotation: image path, mask, score, attributes, prompts and record score, in a comparable order. */
    private static List<String> sorted(Dataset d) {
        return d.annotations().stream().map(a -> {
            PromptRecord r = d.promptRecords().stream().filter(p -> p.id() == a.promptRecordId()).findFirst()
                    .orElseThrow();
            String path = d.images().stream().filter(i -> i.id() == a.imageId()).findFirst().orElseThrow().path();
            return path + " " + a.geometry() + " " + a.score() + " " + a.attributes() + " " + r.prompts() + " "
                    + r.score() + " " + r.imageId();
        }).map(s -> s.replaceAll(" \\d+$", "")).sorted().toList();
    }

    @Test
    void badFilesNameTheFileAndField() throws Exception {
        String good = "{\"image\":{\"image_id\":1,\"width\":4,\"height\":4,\"file_name\":\"a.jpg\"},\"annotations\":["
                + "{\"id\":1,\"segmentation\":{\"size\":[4,4],\"counts\":\"52203\"},\"point_coords\":[[2,2]]}]}";
        String[][] cases = {
            {good.replace("\"size\":[4,4]", "\"size\":[4,5]"), "annotations[0].segmentation.size"},
            {good.replace("52203", "5220"), "annotations[0].segmentation.counts"},
            {good.replace("\"width\":4,", ""), "image.width"},
            {good.replace("[[2,2]]", "[[2]]"), "annotations[0].point_coords[0]"},
            {good.substring(0, 40), "truncated"}};
        for (String[] c : cases) {
            Path folder = Files.createDirectories(dir.resolve("bad" + c[1].hashCode()));
            Files.writeString(folder.resolve("a.json"), good.replace("a.jpg", "z.jpg"));
            Files.writeString(folder.resolve("b.json"), c[0].replace("a.jpg", "b.jpg"));
            FormatException e = catchThrowableOfType(FormatException.class,
                    () -> new Sa1bFormat().read(folder, ReadOptions.defaults()));
            assertThat(e).as(c[1]).isNotNull();
            assertThat(e.getMessage()).contains("b.json", c[1]);
            ReadResult skipping = new Sa1bFormat().read(folder, new ReadOptions(null, true));
            assertThat(skipping.skipped()).hasSize(1);
            assertThat(skipping.dataset().annotations()).hasSize(1);
            assertThat(skipping.dataset().promptRecords()).singleElement()
                    .satisfies(r -> assertThat(r.prompts()).containsExactly(new PointPrompt(2, 2, true)));
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.count()).isEqualTo(5);
        }
    }
}
