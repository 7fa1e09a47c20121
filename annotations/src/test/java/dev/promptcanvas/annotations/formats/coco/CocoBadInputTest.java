package dev.promptcanvas.annotations.formats.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CocoBadInputTest {

    @TempDir
    Path dir;

    private static final String IMAGES = "\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\", \"width\": 10,"
            + " \"height\": 8}, {\"id\": 2, \"file_name\": \"b.jpg\", \"width\": 4, \"height\": 4}]";
    private static final String CATEGORIES = "\"categories\": [{\"id\": 1, \"name\": \"cat\"}]";
    private static final String GOOD = "{\"id\": 900, \"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 1, 2, 2]}";

    /** A file whose annotations are one good entry, the bad one, and another good entry. */
    private static String withAnnotation(String bad) {
        return "{" + IMAGES + ", " + CATEGORIES + ", \"annotations\": [" + GOOD + ", " + bad + ", "
                + GOOD.replace("900", "901") + "]}";
    }

    static Stream<Arguments> badAnnotations() {
        return Stream.of(
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"bbox\": \"abc\"}",
                        "annotations[1].bbox", "must be an array"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": \"cat\", \"bbox\": [1, 1, 2, 2]}",
                        "annotations[1].category_id", "must be an integer"),
                Arguments.of("{\"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 1, 2, 2]}",
                        "annotations[1].id", "missing"),
                Arguments.of("{\"id\": 5, \"category_id\": 1, \"bbox\": [1, 1, 2, 2]}",
                        "annotations[1].image_id", "missing"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"bbox\": [1, 1, 2, 2]}",
                        "annotations[1].category_id", "missing"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1}",
                        "annotations[1]", "neither a segmentation nor a bbox"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"segmentation\": [[1, 1, 5, 1, 3, 4],"
                        + " [1, 1, 2, 2]]}", "annotations[1].segmentation[1]", "at least 3 points"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"segmentation\": [[1, 1, 5, 1, 3]]}",
                        "annotations[1].segmentation[0]", "odd number of coordinates"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"segmentation\": [[1, 1, 5, NaN, 3, 4]]}",
                        "annotations[1].segmentation[0][3]", "not a finite number (NaN)"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 1, Infinity, 2]}",
                        "annotations[1].bbox[2]", "not a finite number"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"segmentation\": [[1, \"x\", 5, 1, 3, 4]]}",
                        "annotations[1].segmentation[0][1]", "must be a number"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"segmentation\": [[20, 20, 30, 20, 25, 30]]}",
                        "annotations[1].segmentation", "wholly outside"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 99, \"bbox\": [1, 1, 2, 2]}",
                        "annotations[1].category_id", "no category with id 99"),
                Arguments.of("{\"id\": 5, \"image_id\": 77, \"category_id\": 1, \"bbox\": [1, 1, 2, 2]}",
                        "annotations[1].image_id", "no image with id 77"),
                Arguments.of("{\"id\": 900, \"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 1, 2, 2]}",
                        "annotations[1].id", "duplicate annotation id 900"),
                Arguments.of("{\"id\": 5, \"image_id\": 2, \"category_id\": 1, \"segmentation\": {\"size\": [4, 4],"
                        + " \"counts\": [5, 2, 2, 2]}}", "annotations[1].segmentation.counts", "add up to 11"),
                Arguments.of("{\"id\": 5, \"image_id\": 2, \"category_id\": 1, \"segmentation\": {\"size\": [4, 4],"
                        + " \"counts\": \"522\"}}", "annotations[1].segmentation.counts", "add up to"),
                Arguments.of("{\"id\": 5, \"image_id\": 2, \"category_id\": 1, \"segmentation\": {\"size\": [5, 4],"
                        + " \"counts\": \"52203\"}}", "annotations[1].segmentation.size", "does not match image 2"),
                Arguments.of("{\"id\": 5, \"image_id\": 2, \"category_id\": 1, \"segmentation\": {\"counts\": \"52203\"}}",
                        "annotations[1].segmentation.size", "missing"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"iscrowd\": 2, \"bbox\": [1, 1, 2, 2]}",
                        "annotations[1].iscrowd", "must be 0 or 1"),
                Arguments.of("{\"id\": 5, \"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 1, -2, 2]}",
                        "annotations[1].bbox", "must not be negative"),
                Arguments.of("[1, 2]", "annotations[1]", "must be an object"));
    }

    @ParameterizedTest
    @MethodSource("badAnnotations")
    void aBadAnnotationFailsTheReadNamingFileAndField(String bad, String field, String reason) throws Exception {
        Path file = write(withAnnotation(bad));
        assertThatThrownBy(() -> new CocoFormat().read(file, ReadOptions.defaults()))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(file.toString()).contains(field).contains(reason);
                });
    }

    @ParameterizedTest
    @MethodSource("badAnnotations")
    void withSkipInvalidTheBadAnnotationIsListedAndTheRestRead(String bad, String field, String reason)
            throws Exception {
        Path file = write(withAnnotation(bad));
        ReadResult result = new CocoFormat().read(file, new ReadOptions(null, true));
        assertThat(result.dataset().annotations()).hasSize(2);
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(file);
            assertThat(s.field()).isEqualTo(field);
            assertThat(s.reason()).contains(reason);
        });
    }

    static Stream<Arguments> badTables() {
        return Stream.of(
                Arguments.of("\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\", \"width\": \"10\", \"height\": 8}]",
                        "images[0].width", "must be an integer, got a string"),
                Arguments.of("\"images\": [{\"id\": 1, \"width\": 10, \"height\": 8}]",
                        "images[0].file_name", "missing"),
                Arguments.of("\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\", \"width\": 0, \"height\": 8}]",
                        "images[0].width", "positive"),
                Arguments.of("\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\", \"width\": 3, \"height\": 8},"
                        + " {\"id\": 1, \"file_name\": \"b.jpg\", \"width\": 3, \"height\": 8}]",
                        "images[1].id", "duplicate image id 1"),
                Arguments.of("\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\", \"width\": 3, \"height\": 8}],"
                        + " \"categories\": [{\"id\": 1, \"name\": \"x\"}, {\"id\": 1, \"name\": \"y\"}]",
                        "categories[1].id", "duplicate category id 1"),
                Arguments.of("\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\", \"width\": 3, \"height\": 8}],"
                        + " \"categories\": [{\"id\": 1, \"name\": \"x\"}, {\"id\": 2, \"name\": \"x\"}]",
                        "categories[1].name", "duplicate category name"),
                Arguments.of("\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\", \"width\": 3, \"height\": 8}],"
                        + " \"categories\": [{\"id\": 1}]", "categories[0].name", "missing"));
    }

    @ParameterizedTest
    @MethodSource("badTables")
    void badImagesAndCategoriesNameTheirField(String tables, String field, String reason) throws Exception {
        Path file = write("{" + tables + "}");
        assertThatThrownBy(() -> new CocoFormat().read(file, ReadOptions.defaults()))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(file.toString()).contains(reason);
                });
        assertThat(new CocoFormat().read(file, new ReadOptions(null, true)).skipped())
                .extracting(Skipped::field).containsExactly(field);
    }

    @Test
    void annotationsOfASkippedImageOrCategorySaySo() throws Exception {
        Path file = write("""
                {"images": [{"id": 1, "file_name": "a.jpg", "width": "ten", "height": 8}],
                 "categories": [{"id": 3, "name": ""}],
                 "annotations": [{"id": 1, "image_id": 1, "category_id": 3, "bbox": [0, 0, 1, 1]}]}
                """);
        ReadResult result = new CocoFormat().read(file, new ReadOptions(null, true));
        assertThat(result.dataset().images()).isEmpty();
        assertThat(result.skipped()).extracting(Skipped::field, Skipped::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("images[0].width", "must be an integer, got a string (\"ten\")"),
                org.assertj.core.groups.Tuple.tuple("categories[0].name", "must not be empty"),
                org.assertj.core.groups.Tuple.tuple("annotations[0].image_id", "image 1 was skipped as invalid"));
    }

    @Test
    void malformedJsonGivesFileLineAndColumn() throws Exception {
        Path file = write("{\"images\": [\n  {\"id\": 1,, \"file_name\": \"a.jpg\"}\n]}");
        for (boolean skip : new boolean[] {false, true}) {
            assertThatThrownBy(() -> new CocoFormat().read(file, new ReadOptions(null, skip)))
                    .isInstanceOf(FormatException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("malformed JSON at line 2, column 12");
        }
    }

    @Test
    void aTruncatedFileIsReportedAsSuch() throws Exception {
        String whole = withAnnotation(GOOD.replace("900", "5"));
        Path file = write(whole.substring(0, whole.length() / 2));
        for (boolean skip : new boolean[] {false, true}) {
            assertThatThrownBy(() -> new CocoFormat().read(file, new ReadOptions(null, skip)))
                    .isInstanceOf(FormatException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("file ends too early (truncated?) at line 1");
        }
    }

    @Test
    void anEmptyFileAResultsListAndAFileWithoutImagesAreRefused() throws Exception {
        assertThatThrownBy(() -> new CocoFormat().read(write(""), ReadOptions.defaults()))
                .hasMessageContaining("file is empty");
        assertThatThrownBy(() -> new CocoFormat().read(write("[" + GOOD + "]"), ReadOptions.defaults()))
                .hasMessageContaining("results file");
        assertThatThrownBy(() -> new CocoFormat().read(write("{" + CATEGORIES + "}"), ReadOptions.defaults()))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.field()).isEqualTo("images"));
        assertThatThrownBy(() -> new CocoFormat().read(write("{\"images\": {}}"), ReadOptions.defaults()))
                .hasMessageContaining("images: must be a list");
    }

    @Test
    void aFileTooLargeForTheHeapIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.json");
        long size = Runtime.getRuntime().maxMemory() / 2 + (1L << 20);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
        assertThatThrownBy(() -> new CocoFormat().read(file, new ReadOptions(null, true)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("file is " + String.format(java.util.Locale.ROOT, "%.1f GB", size / 1e9))
                .hasMessageContaining("-Xmx");
        Files.delete(file);
    }

    private Path write(String json) throws Exception {
        Path file = Files.createTempFile(dir, "coco", ".json");
        Files.writeString(file, json);
        return file;
    }
}
