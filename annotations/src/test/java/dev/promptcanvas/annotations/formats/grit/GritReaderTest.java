package dev.promptcanvas.annotations.formats.grit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GritReaderTest {

    @TempDir
    Path dir;

    private static final String GOOD = "{\"url\":\"a.jpg\",\"width\":200,\"height\":100,"
            + "\"caption\":\"a cat and a dog\","
            + "\"noun_chunks\":[[0.0,5.0,0.1,0.2,0.5,0.6,0.9]],\"ref_exps\":[[0,5,0.1,0.2,0.5,0.6,0.9]]}";

    private Path file(String content) throws Exception {
        Path f = dir.resolve("grit.jsonl");
        Files.writeString(f, content);
        return f;
    }

    private FormatException failure(String content) throws Exception {
        Path f = file(content);
        return org.assertj.core.api.Assertions.catchThrowableOfType(FormatException.class,
                () -> new GritFormat().read(f, ReadOptions.defaults()));
    }

    @Test
    void floatSpansDuplicateTuplesAndSeveralCaptionsOfOneImage() throws Exception {
        String second = "{\"url\":\"a.jpg\",\"width\":200,\"height\":100,\"caption\":\"the dog\","
                + "\"noun_chunks\":[[4,7,0.1,0.2,0.5,0.6,0.9],[4,7,0.0,0.0,1.0,1.0,0.4]]}";
        Dataset d = new GritFormat().read(file(GOOD + "\n\n" + second + "\n"), ReadOptions.defaults()).dataset();
        assertThat(d.images()).hasSize(1);
        assertThat(d.captions()).extracting(c -> c.text()).containsExactly("a cat and a dog", "the dog");
        assertThat(d.annotations()).hasSize(2);
        assertThat(d.annotations().get(0).geometry()).isEqualTo(new Box(20, 20, 100, 60));
        assertThat(d.annotations().get(0).score()).isEqualTo(0.9);
        assertThat(d.phrases()).hasSize(2);
        assertThat(d.phrases().get(0).annotationIds()).containsExactly(1L);
        assertThat(d.phrases().get(1).annotationIds()).containsExactly(1L, 2L);
        assertThat(d.categories()).extracting(c -> c.name()).containsExactly("object");
    }

    @Test
    void phraseCategoriesNameRegionsAfterTheirFirstPhrase() throws Exception {
        Dataset d = new GritFormat(true).read(file(GOOD.replace("a cat", "A Cat")), ReadOptions.defaults())
                .dataset();
        assertThat(d.categories()).extracting(c -> c.name()).containsExactly("a cat");
    }

    @Test
    void badInputNamesFileLineAndField() throws Exception {
        assertThat(failure(GOOD + "\n{\"url\": oops}").getMessage()).contains("grit.jsonl", "line 2",
                "malformed JSON");
        assertThat(failure(GOOD.replace("0.5,0.6,0.9]]", "412,0.6,0.9]]")).getMessage())
                .contains("line 1: noun_chunks[0][4]", "normalised");
        assertThat(failure(GOOD.replace("[[0.0,5.0", "[[0.0,\"5\"")).getMessage())
                .contains("line 1: noun_chunks[0][1]", "integer");
        assertThat(failure(GOOD.replace("[[0,5,", "[[10,99,")).getMessage())
                .contains("line 1: ref_exps[0]", "inside the caption");
        assertThat(failure(GOOD.replace("\"width\":200,", "")).getMessage()).contains("line 1: width", "missing");
        assertThat(failure(GOOD + "\n" + GOOD.replace("\"width\":200", "\"width\":201")).getMessage())
                .contains("line 2: width", "earlier line");
        assertThat(failure(GOOD.replace("[[0.0,5.0,0.1,0.2,0.5,0.6,0.9]]", "[[0,5,0.1]]"))
                .getMessage()).contains("noun_chunks[0]", "got 3 values");
        assertThat(failure("[1,2]").getMessage()).contains("line 1", "expected a JSON object");
        assertThat(failure("\n\n").getMessage()).contains("no records");
        assertThat(failure(GOOD.replace("0.1,0.2,0.5", "0.6,0.2,0.5")).getMessage()).contains("out of order");
    }

    @Test
    void skipInvalidLeavesBadLinesOutWhole() throws Exception {
        Path f = file(GOOD + "\n" + GOOD.replace("a.jpg", "b.jpg").replace("[[0,5,", "[[0,500,") + "\n"
                + GOOD.replace("a.jpg", "c.jpg"));
        ReadResult r = new GritFormat().read(f, new ReadOptions(null, true));
        assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.field()).isEqualTo("line 2: ref_exps[0]"));
        assertThat(r.dataset().images()).extracting(i -> i.path()).containsExactly("a.jpg", "c.jpg");
        assertThat(r.dataset().captions()).hasSize(2);
        assertThat(r.dataset().annotations()).hasSize(2);
    }

    @Test
    void missingFileIsAnError() {
        assertThatThrownBy(() -> new GritFormat().read(dir.resolve("none.jsonl"), ReadOptions.defaults()))
                .isInstanceOf(FormatException.class).hasMessageContaining("no such file");
    }
}
