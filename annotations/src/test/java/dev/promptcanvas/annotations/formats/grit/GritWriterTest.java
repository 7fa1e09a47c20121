package dev.promptcanvas.annotations.formats.grit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.GroundedDatasets;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks GRIT exports with a plain Jackson tree, not with the format's own reader. */
class GritWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Annotation ann(long id, long image, double score, dev.promptcanvas.annotations.geometry.Geometry g) {
        return new Annotation(id, image, 1, g, score < 0 ? null : score, Source.human(), Review.ACCEPTED, false,
                Map.of(), null, null);
    }

    private List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void writesNormalisedTuplesExpansionsAndOneRecordPerCaption() throws Exception {
        ImageRecord image = new ImageRecord(7, "pics/beach.jpg", 200, 100, "");
        String text = "a dog with a ball chases a man";
        //             0123456789012345678901234567890
        List<Annotation> annotations = List.of(ann(1, 7, 0.9, new Box(20, 10, 60, 50)),
                ann(2, 7, -1, Polygon.of(100, 0, 200, 0, 150, 100)), ann(3, 7, 0.5, new Point(3, 3)));
        List<GroundedPhrase> phrases = List.of(
                new GroundedPhrase(1, 1, 0, 5, List.of(1L)),          // "a dog"
                new GroundedPhrase(2, 1, 0, 17, List.of(1L)),         // "a dog with a ball" expands "a dog"
                new GroundedPhrase(3, 1, 25, 30, List.of(2L, 3L)),    // "a man": polygon + point (no box)
                new GroundedPhrase(4, 2, 0, 3, List.of(1L, 2L)));     // "two" in the second caption
        Dataset d = new Dataset(List.of(image), List.of(new Category(1, "thing", null, null, null)), annotations,
                List.of(new Caption(1, 7, text, Source.human()), new Caption(2, 7, "two animals", Source.human())),
                phrases, List.of(), List.of());
        Path out = dir.resolve("grit.jsonl");
        List<Skipped> skipped = new GritFormat().export(ExportSource.of(d), out,
                WriteOptions.defaults(null).withFormatOptions(Map.of("images", "https://x.org/")));

        List<JsonNode> records = lines(out);
        assertThat(records).hasSize(2);
        JsonNode r = records.get(0);
        assertThat(r.get("key").asText()).isEqualTo("pics_beach_0");
        assertThat(records.get(1).get("key").asText()).isEqualTo("pics_beach_1");
        assertThat(r.get("id").asLong()).isNotEqualTo(records.get(1).get("id").asLong()).isPositive();
        assertThat(r.get("url").asText()).isEqualTo("https://x.org/pics/beach.jpg");
        assertThat(r.get("width").asInt()).isEqualTo(200);
        assertThat(r.get("height").asInt()).isEqualTo(100);
        assertThat(r.has("clip_similarity_vitb32")).isTrue();
        assertThat(r.get("clip_similarity_vitl14").isNull()).isTrue();
        assertThat(r.get("noun_chunks").toString()).isEqualTo("[[0,5,0.1,0.1,0.3,0.5,0.9],[25,30,0.5,0,1,1,1]]");
        assertThat(r.get("ref_exps").toString()).isEqualTo("[[0,17,0.1,0.1,0.3,0.5,0.9],[25,30,0.5,0,1,1,1]]");
        assertThat(records.get(1).get("noun_chunks").toString())
                .isEqualTo("[[0,3,0.1,0.1,0.3,0.5,0.9],[0,3,0.5,0,1,1,1]]");
        assertThat(skipped).extracting(Skipped::field).contains("annotation 3");
    }

    @Test
    void clipFalseLeavesTheClipFieldsOut() throws Exception {
        Dataset d = GroundedDatasets.random(3, true);
        Path out = dir.resolve("noclip.jsonl");
        new GritFormat().write(ExportSource.of(d), out, WriteOptions.defaults(null)
                .withFormatOptions(Map.of("clip", "false")));
        for (JsonNode r : lines(out)) {
            assertThat(r.has("clip_similarity_vitb32")).isFalse();
        }
    }

    /** Property: on every record of random exports, every span slices the caption (in code points) to a phrase. */
    @Test
    void everySpanSlicesTheCaptionToItsPhrase() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            Dataset d = GroundedDatasets.random(seed, false);
            Path out = dir.resolve("random" + seed + ".jsonl");
            new GritFormat().write(ExportSource.of(d), out, WriteOptions.defaults(null));
            List<JsonNode> records = lines(out);
            assertThat(records).hasSize(d.captions().size());
            for (int i = 0; i < records.size(); i++) {
                JsonNode r = records.get(i);
                Caption caption = d.captions().get(i);
                String text = r.get("caption").asText();
                assertThat(text).isEqualTo(caption.text());
                Set<String> expected = new HashSet<>();
                for (GroundedPhrase p : d.phrases()) {
                    if (p.captionId() == caption.id()) {
                        expected.add(caption.text().substring(p.start(), p.end()));
                    }
                }
                Set<String> written = new HashSet<>();
                int[] codePoints = text.codePoints().toArray();
                ImageRecord image = d.images().stream().filter(im -> im.id() == caption.imageId()).findFirst()
                        .orElseThrow();
                for (JsonNode t : r.get("noun_chunks")) {
                    String slice = new String(codePoints, t.get(0).asInt(), t.get(1).asInt() - t.get(0).asInt());
                    assertThat(expected).contains(slice);
                    written.add(slice);
                    assertThat(t.get(2).asDouble()).isBetween(0.0, 1.0);
                    assertThat(t.get(4).asDouble()).isGreaterThanOrEqualTo(t.get(2).asDouble());
                    boolean matchesARegion = d.annotations().stream().anyMatch(a -> {
                        Box b = a.geometry().bounds();
                        return Math.abs(b.x1() / image.width() - t.get(2).asDouble()) < 1e-12
                                && Math.abs(b.y2() / image.height() - t.get(5).asDouble()) < 1e-12
                                && a.score().equals(t.get(6).asDouble());
                    });
                    assertThat(matchesARegion).as("seed %d record %d tuple %s", seed, i, t).isTrue();
                }
                assertThat(written).isEqualTo(expected);
                assertThat(r.get("ref_exps")).isEqualTo(r.get("noun_chunks"));
            }
        }
    }

    @Test
    void spansCountCodePointsAsPython() throws Exception {
        ImageRecord image = new ImageRecord(1, "e.png", 10, 10, "");
        String text = "😀😀 café dog";
        int start = text.indexOf("dog");
        Dataset d = new Dataset(List.of(image), List.of(new Category(1, "o", null, null, null)),
                List.of(ann(1, 1, 1, new Box(0, 0, 5, 5))), List.of(new Caption(1, 1, text, Source.human())),
                List.of(new GroundedPhrase(1, 1, start, start + 3, List.of(1L))), List.of(), List.of());
        Path out = dir.resolve("emoji.jsonl");
        new GritFormat().write(ExportSource.of(d), out, WriteOptions.defaults(null));
        JsonNode t = lines(out).get(0).get("noun_chunks").get(0);
        assertThat(t.get(0).asInt()).isEqualTo(8);
        assertThat(t.get(1).asInt()).isEqualTo(11);
        assertThat(t.get(4).asDouble()).isCloseTo(0.5, within(1e-12));
    }
}
