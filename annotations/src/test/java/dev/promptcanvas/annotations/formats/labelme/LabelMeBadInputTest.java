package dev.promptcanvas.annotations.formats.labelme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelMeBadInputTest {

    @TempDir
    Path dir;

    private static final String GOOD_SHAPE = "{\"label\": \"a\", \"points\": [[1, 1], [5, 1], [3, 4]],"
            + " \"group_id\": null, \"shape_type\": \"polygon\", \"flags\": {}}";

    private static String file(String shapes) {
        return "{\"version\": \"5.1.1\", \"flags\": {}, \"shapes\": [" + shapes + "], \"imagePath\": \"x.jpg\","
                + " \"imageData\": null, \"imageHeight\": 20, \"imageWidth\": 30}";
    }

    static Stream<Arguments> badShapes() {
        return Stream.of(
                Arguments.of("{\"label\": \"a\", \"points\": \"abc\", \"shape_type\": \"polygon\"}",
                        "shapes[1].points", "must be a list of [x, y] points"),
                Arguments.of("{\"label\": 5, \"points\": [[1, 1]], \"shape_type\": \"point\"}",
                        "shapes[1].label", "must be a string"),
                Arguments.of("{\"points\": [[1, 1]], \"shape_type\": \"point\"}", "shapes[1].label", "missing"),
                Arguments.of("{\"label\": \"a\", \"shape_type\": \"point\"}", "shapes[1].points", "missing"),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1], [2, 2]], \"shape_type\": \"polygon\"}",
                        "shapes[1].points", "a polygon needs at least 3 points, has 2"),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1], [2, 2], [3, 1]]}",
                        "shapes[1].points", null),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1], [NaN, 2], [3, 1]], \"shape_type\": \"polygon\"}",
                        "shapes[1].points[1][0]", "not a finite number (NaN)"),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1], [2, 2, 3], [3, 1]], \"shape_type\": \"polygon\"}",
                        "shapes[1].points[1]", "must be a point [x, y]"),
                Arguments.of("{\"label\": \"a\", \"points\": [[31, 5]], \"shape_type\": \"point\"}",
                        "shapes[1].points", "lies outside the 30x20 image"),
                Arguments.of("{\"label\": \"a\", \"points\": [[40, 1], [50, 1], [45, 9]], \"shape_type\": \"polygon\"}",
                        "shapes[1].points", "wholly outside"),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1], [2, 2], [3, 3]], \"shape_type\": \"rectangle\"}",
                        "shapes[1].points", "a rectangle needs 2 points"),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1]], \"shape_type\": \"ellipse\"}",
                        "shapes[1].shape_type", "unknown shape type \"ellipse\""),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1]], \"shape_type\": \"point\", \"group_id\": \"g\"}",
                        "shapes[1].group_id", "must be an integer"),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1]], \"shape_type\": \"point\", \"flags\": [true]}",
                        "shapes[1].flags", "must be an object"),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1], [3, 3]], \"shape_type\": \"mask\"}",
                        "shapes[1].mask", "missing"),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1], [3, 3]], \"shape_type\": \"mask\","
                        + " \"mask\": \"@@@\"}", "shapes[1].mask", "not a PNG"),
                Arguments.of("{\"label\": \"a\", \"points\": [[1, 1], [3, 3]], \"shape_type\": \"mask\","
                        + " \"mask\": \"iVBORw0KGgoAAAANSUhEUgAAAA0AAAAJ\"}", "shapes[1].mask", "truncated"),
                Arguments.of("7", "shapes[1]", "must be an object"));
    }

    @ParameterizedTest
    @MethodSource("badShapes")
    void aBadShapeFailsTheReadNamingFileAndField(String bad, String field, String reason) throws Exception {
        Path file = write("x.json", file(GOOD_SHAPE + ", " + bad + ", " + GOOD_SHAPE)
                .replace("\"points\": [[1, 1], [2, 2], [3, 1]]}", "\"points\": [[1, 1], [2, 2]]}"));
        String expectedReason = reason == null ? "a polygon needs at least 3 points" : reason;
        assertThatThrownBy(() -> new LabelMeFormat().read(file, ReadOptions.defaults()))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(file.toString()).contains(expectedReason);
                });
        ReadResult skipping = new LabelMeFormat().read(file, new ReadOptions(null, true));
        assertThat(skipping.dataset().annotations()).hasSize(2);
        assertThat(skipping.skipped()).singleElement().satisfies(s -> {
            assertThat(s.field()).isEqualTo(field);
            assertThat(s.reason()).contains(expectedReason);
        });
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("{\"shapes\": [], \"imagePath\": \"x.jpg\", \"imageHeight\": 20}", "imageWidth", "missing"),
                Arguments.of("{\"shapes\": [], \"imagePath\": \"x.jpg\", \"imageHeight\": 20, \"imageWidth\": \"30\"}",
                        "imageWidth", "must be an integer"),
                Arguments.of("{\"shapes\": [], \"imageHeight\": 20, \"imageWidth\": 30}", "imagePath", "missing"),
                Arguments.of("{\"imagePath\": \"x.jpg\", \"imageHeight\": 20, \"imageWidth\": 30}", "shapes",
                        "missing"),
                Arguments.of("{\"shapes\": {}, \"imagePath\": \"x.jpg\", \"imageHeight\": 20, \"imageWidth\": 30}",
                        "shapes", "must be an array"),
                Arguments.of("[]", null, "expected a JSON object"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileIsBadAsAWhole(String content, String field, String reason) throws Exception {
        Path bad = write("a/bad.json", content);
        write("b/good.json", file(GOOD_SHAPE));
        assertThatThrownBy(() -> new LabelMeFormat().read(dir, ReadOptions.defaults()))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(bad);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(reason);
                });
        ReadResult skipping = new LabelMeFormat().read(dir, new ReadOptions(null, true));
        assertThat(skipping.dataset().images()).hasSize(1);
        assertThat(skipping.skipped()).extracting(Skipped::file).containsExactly(bad);
    }

    @Test
    void malformedAndTruncatedFilesGiveLineAndColumn() throws Exception {
        Path malformed = write("m.json", "{\"shapes\": [\n  {\"label\": \"a\" \"points\": []}\n]}");
        assertThatThrownBy(() -> new LabelMeFormat().read(malformed, ReadOptions.defaults()))
                .hasMessageContaining(malformed.toString())
                .hasMessageContaining("malformed JSON at line 2, column 17");
        String whole = file(GOOD_SHAPE);
        Path truncated = write("t.json", whole.substring(0, whole.length() - 30));
        assertThatThrownBy(() -> new LabelMeFormat().read(truncated, ReadOptions.defaults()))
                .hasMessageContaining(truncated.toString())
                .hasMessageContaining("file ends too early (truncated?) at line 1");
        ReadResult skipping = new LabelMeFormat().read(dir, new ReadOptions(null, true));
        assertThat(skipping.dataset().images()).isEmpty();
        assertThat(skipping.skipped()).extracting(Skipped::file).containsExactlyInAnyOrder(malformed, truncated);
    }

    @Test
    void twoFilesForOneImageAreADuplicate() throws Exception {
        write("a.json", file(GOOD_SHAPE));
        Path second = write("b.json", file(GOOD_SHAPE));
        assertThatThrownBy(() -> new LabelMeFormat().read(dir, ReadOptions.defaults()))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(second);
                    assertThat(e.field()).isEqualTo("imagePath");
                    assertThat(e.getMessage()).contains("x.jpg is already described by");
                });
    }

    @Test
    void aFolderWithoutJsonFilesAndAMissingInputAreRefused() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> new LabelMeFormat().read(dir.resolve("empty"), ReadOptions.defaults()))
                .hasMessageContaining("no LabelMe .json files");
        assertThatThrownBy(() -> new LabelMeFormat().read(dir.resolve("nope"), ReadOptions.defaults()))
                .hasMessageContaining("no such file");
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }
}
