package dev.promptcanvas.annotations.formats.grit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.GroundedDatasets;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GritRoundTripTest {

    @TempDir
    Path dir;

    /** Per caption: "text|phrase|x1,y1,x2,y2,score;..." with boxes rounded to 1e-6 px, for comparing datasets. */
    static List<String> groundings(Dataset d) {
        List<String> out = new ArrayList<>();
        for (Caption c : d.captions()) {
            StringBuilder s = new StringBuilder(c.text());
            d.phrases().stream().filter(p -> p.captionId() == c.id())
                    .sorted((a, b) -> Integer.compare(a.start(), b.start()))
                    .forEach(p -> {
                        s.append(" |").append(c.text(), p.start(), p.end()).append('|');
                        for (Long id : p.annotationIds()) {
                            Annotation a = d.annotations().stream().filter(x -> x.id() == id).findFirst()
                                    .orElseThrow();
                            Box b = a.geometry().bounds();
                            s.append(String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f,%.6f,%s;", b.x1(), b.y1(),
                                    b.x2(), b.y2(), a.score()));
                        }
                    });
            out.add(d.images().stream().filter(i -> i.id() == c.imageId()).findFirst().orElseThrow().path() + " "
                    + s);
        }
        return out;
    }

    @Test
    void randomGroundedCaptionsSurviveWriteThenRead() throws Exception {
        for (long seed = 1; seed <= 30; seed++) {
            Dataset original = GroundedDatasets.random(seed, false);
            Path file = dir.resolve("rt" + seed + ".jsonl");
            new GritFormat().write(ExportSource.of(original), file, WriteOptions.defaults(null));
            ReadResult read = new GritFormat().read(file, ReadOptions.defaults());
            assertThat(read.skipped()).isEmpty();
            Dataset back = read.dataset();
            assertThat(back.images()).extracting(i -> i.path() + " " + i.width() + "x" + i.height())
                    .isEqualTo(original.images().stream().map(i -> i.path() + " " + i.width() + "x" + i.height())
                            .toList());
            assertThat(groundings(back)).as("seed %d", seed).isEqualTo(groundings(original));
            assertThat(back.annotations()).allMatch(a -> a.geometry() instanceof Box);
            assertThat(back.categories()).extracting(c -> c.name()).containsExactly("object");
        }
    }

    @Test
    void gritToDatasetToGritIsStable() throws Exception {
        Path first = dir.resolve("first.jsonl");
        new GritFormat().write(ExportSource.of(GroundedDatasets.random(77, true)), first,
                WriteOptions.defaults(null));
        Path second = dir.resolve("second.jsonl");
        new GritFormat().write(ExportSource.of(new GritFormat().read(first, ReadOptions.defaults()).dataset()),
                second, WriteOptions.defaults(null));
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void expansionsSurviveARoundTrip() throws Exception {
        Path input = dir.resolve("exp.jsonl");
        Files.writeString(input, """
                {"key":"k","id":1,"url":"a.jpg","caption":"a dog with a ball","width":100,"height":50,\
                "noun_chunks":[[0,5,0.1,0.2,0.3,0.4,0.8],[11,17,0.5,0.5,0.6,0.6,0.7]],\
                "ref_exps":[[0,17,0.1,0.2,0.3,0.4,0.8],[11,17,0.5,0.5,0.6,0.6,0.7]]}
                """);
        Dataset once = new GritFormat().read(input, ReadOptions.defaults()).dataset();
        assertThat(once.phrases()).extracting(GroundedPhrase::start, GroundedPhrase::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 5), org.assertj.core.groups.Tuple.tuple(11, 17),
                        org.assertj.core.groups.Tuple.tuple(0, 17));
        assertThat(once.annotations()).hasSize(2);
        Path output = dir.resolve("exp2.jsonl");
        new GritFormat().write(ExportSource.of(once), output, WriteOptions.defaults(null)
                .withFormatOptions(java.util.Map.of("clip", "false")));
        com.fasterxml.jackson.databind.JsonNode r = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(output));
        assertThat(r.get("noun_chunks").toString())
                .isEqualTo("[[0,5,0.1,0.2,0.3,0.4,0.8],[11,17,0.5,0.5,0.6,0.6,0.7]]");
        assertThat(r.get("ref_exps").toString())
                .isEqualTo("[[0,17,0.1,0.2,0.3,0.4,0.8],[11,17,0.5,0.5,0.6,0.6,0.7]]");
    }
}
