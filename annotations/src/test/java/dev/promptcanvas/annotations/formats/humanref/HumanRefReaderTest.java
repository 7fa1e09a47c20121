package dev.promptcanvas.annotations.formats.humanref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.TestImages;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HumanRefReaderTest {

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path f = dir.resolve("humanref.jsonl");
        Files.writeString(f, content);
        return f;
    }

    private FormatException failure(String content) throws Exception {
        Path f = file(content);
        return catchThrowableOfType(FormatException.class, () -> new HumanRefFormat().read(f, ReadOptions.defaults()));
    }

    private static final String A = "{\"id\": \"a-1\", \"image_name\": \"x.jpg\", \"referring\": \"the two men\","
            + " \"domain\": \"attribute\", \"sub_domain\": \"clothes\", \"candidate_boxes\": [[0,0,2,2],[1,1,3.5,4]],"
            + " \"answer_boxes\": [[1,1,3.5,4],[2,0,4,1]], \"answer_segmentations\": [{\"size\": [4,5], \"counts\":"
            + " \"52207\"}, {\"size\": [4,5], \"counts\": [8,1,3,1,7]}]}";
    private static final String B = "{\"id\": 7, \"image_name\": \"x.jpg\", \"referring\": \"the woman\","
            + " \"domain\": \"rejection\", \"sub_domain\": \"rejection\", \"candidate_boxes\": [[0.0,0,2,2.0]],"
            + " \"answer_boxes\": [[]]}";

    @Test
    void candidatesAnswersMasksAndRejections() throws Exception {
        ReadResult r = new HumanRefFormat().read(file(A + "\n" + B + "\n"), ReadOptions.defaults());
        Dataset d = r.dataset();
        assertThat(d.images()).containsExactly(new ImageRecord(1, "x.jpg", 5, 4, ""));
        assertThat(d.categories()).extracting(c -> c.name()).containsExactly("person");
        assertThat(d.annotations()).hasSize(3);
        assertThat(d.annotations().get(0).geometry()).isEqualTo(new Box(0, 0, 2, 2));
        assertThat(d.annotations().get(1).geometry()).isEqualTo(new Box(1, 1, 3.5, 4));
        assertThat(d.annotations().get(2).geometry()).isInstanceOf(Mask.class);
        assertThat(((Mask) d.annotations().get(2).geometry()).rle().counts()).containsExactly(8, 1, 3, 1, 7);
        assertThat(d.expressions()).containsExactly(
                new ReferringExpression(1, 1, "the two men", List.of(2L, 3L), "attribute/clothes"),
                new ReferringExpression(2, 1, "the woman", List.of(), "rejection"));
    }

    @Test
    void sizesComeFromTheImageHeaderWhenNoMaskGivesThem() throws Exception {
        TestImages.png(dir.resolve("x.jpg"), 30, 20);
        Dataset d = new HumanRefFormat().read(file(B), ReadOptions.defaults()).dataset();
        assertThat(d.images()).containsExactly(new ImageRecord(1, "x.jpg", 30, 20, ""));
        assertThat(failure(B.replace("x.jpg", "gone.jpg")).getMessage()).contains("line 1: image_name",
                "size of gone.jpg is unknown");
    }

    @Test
    void groundTruthToDatasetToGroundTruthIsStable() throws Exception {
        Path first = dir.resolve("first.jsonl");
        new HumanRefFormat().write(ExportSource.of(HumanRefWriterTest.sample()), first, WriteOptions.defaults(null));
        Dataset once = new HumanRefFormat().read(first, ReadOptions.defaults()).dataset();
        assertThat(once.expressions()).extracting(ReferringExpression::text, ReferringExpression::domain)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the man in red", "attribute/color"),
                        org.assertj.core.groups.Tuple.tuple("the dog", "position"),
                        org.assertj.core.groups.Tuple.tuple("the astronaut", "rejection"));
        assertThat(once.annotations()).extracting(a -> a.geometry().bounds()).containsExactly(new Box(1, 1, 3, 3),
                new Box(0, 0, 2, 5), new Box(3, 3, 5, 5));
        Path second = dir.resolve("second.jsonl");
        new HumanRefFormat().write(ExportSource.of(once), second, WriteOptions.defaults(null));
        List<String> a = Files.readAllLines(first);
        List<String> b = Files.readAllLines(second);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            // ids are renumbered on import, and every imported candidate is a "person" (the dog joins them)
            assertThat(withoutIdAndCandidates(b.get(i))).isEqualTo(withoutIdAndCandidates(a.get(i)));
            assertThat(b.get(i)).contains("\"candidate_boxes\":[[1,1,3,3],[0,0,2,5],[3,3,5,5]]");
        }
        Path third = dir.resolve("third.jsonl");
        new HumanRefFormat().write(ExportSource.of(new HumanRefFormat().read(second, ReadOptions.defaults())
                .dataset()), third, WriteOptions.defaults(null));
        assertThat(Files.readString(third)).isEqualTo(Files.readString(second));
    }

    private static String withoutIdAndCandidates(String line) {
        return line.replaceFirst("\"id\":\\d+", "").replaceFirst("\"candidate_boxes\":\\[.*?\\]\\],", "");
    }

    @Test
    void badInputNamesFileLineAndField() throws Exception {
        assertThat(failure(A + "\n" + A.replace("\"52207\"", "\"5220\"")).getMessage())
                .contains("humanref.jsonl", "line 2: answer_segmentations[0].counts");
        assertThat(failure(A.replace("[8,1,3,1,7]", "[8,1,3,1]")).getMessage())
                .contains("line 1: answer_segmentations[1].counts", "add up");
        assertThat(failure(A.replace("[2,0,4,1]]", "[2,0,4]]")).getMessage())
                .contains("line 1: answer_boxes[1]", "4 numbers");
        assertThat(failure(A.replace("\"referring\": \"the two men\",", "")).getMessage())
                .contains("line 1: referring", "missing");
        assertThat(failure(A.replace("[[0,0,2,2],", "[[0,0,\"2\",2],")).getMessage())
                .contains("line 1: candidate_boxes[0][2]", "number");
        assertThat(failure(A.replace("\"size\": [4,5], \"counts\": [8", "\"size\": [5,5], \"counts\": [13"))
                .getMessage()).contains("answer_segmentations[1].size");
        assertThat(failure(A.replace("[[0,0,2,2],", "[[10,10,20,20],")).getMessage())
                .contains("candidate_boxes[0]", "outside");
        assertThat(failure(B.replace("[[]]", "[[]]").replace("\"id\": 7", "\"id\": [7]")).getMessage())
                .contains("line 1: id");
        ReadResult skipping = new HumanRefFormat().read(file(A + "\n{oops\n" + A), new ReadOptions(null, true));
        assertThat(skipping.skipped()).singleElement().satisfies(s -> assertThat(s.field()).isEqualTo("line 2"));
        assertThat(skipping.dataset().expressions()).hasSize(2);
    }

    @Test
    void predictionsInPointModeAndRejections() throws Exception {
        Path f = dir.resolve("pred.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"extracted_predictions\":[[]]}\n"
                + "{\"id\":\"b\",\"extracted_predictions\":[[3,4],[5.5,6]]}\n"
                + "{\"id\":3,\"extracted_predictions\":[]}\n");
        HumanRefPredictions p = HumanRefPredictions.read(f);
        assertThat(p.pointMode()).isTrue();
        assertThat(p.items()).extracting(i -> i.values().size()).containsExactly(0, 2, 0);
        assertThat(p.items().get(1).values().get(1)).containsExactly(5.5, 6);
        Files.writeString(f, "{\"id\":\"b\",\"extracted_predictions\":[[3,4]]}\n"
                + "{\"id\":\"c\",\"extracted_predictions\":[[1,2,3,4]]}\n");
        FormatException e = catchThrowableOfType(FormatException.class, () -> HumanRefPredictions.read(f));
        assertThat(e.getMessage()).contains("line 2: extracted_predictions[0]", "set on line 1");
    }
}
