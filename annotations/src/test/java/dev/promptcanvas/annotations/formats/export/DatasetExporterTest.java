package dev.promptcanvas.annotations.formats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.FormatRegistry;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.store.AddAnnotations;
import dev.promptcanvas.annotations.store.AddCategory;
import dev.promptcanvas.annotations.store.AddExpression;
import dev.promptcanvas.annotations.store.AddImages;
import dev.promptcanvas.annotations.store.ProjectExportSource;
import dev.promptcanvas.annotations.store.ProjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path project;
    private ProjectStore store;
    private List<ImageRecord> images;
    private Category person;
    private Category dog;

    @BeforeEach
    void project() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        store = ProjectStore.create(project);
        List<ImageRecord> toAdd = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String path = (i < 15 ? "train/" : "val/") + "img" + i + ".png";
            Files.createDirectories(project.resolve(path).getParent());
            Files.write(project.resolve(path), new byte[] {(byte) i, 1, 2, 3});
            toAdd.add(new ImageRecord(0, path, 40, 30, ""));
        }
        images = store.apply(new AddImages(toAdd));
        person = store.apply(new AddCategory(Category.named("person")));
        dog = store.apply(new AddCategory(Category.named("dog")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Annotation box(ImageRecord image, Category c, Review review) {
        return new Annotation(0, image.id(), c.id(), new Box(1, 2, 11, 12), review == Review.ACCEPTED ? null : 0.9,
                review == Review.ACCEPTED ? Source.human() : Source.model("sam2", "1"), review, false, Map.of(),
                null, null);
    }

    private ExportPlan plan(String format, Path out, SplitRule split, ImageMode images, boolean suggestions,
                            CategoryMapping mapping) {
        return new ExportPlan(FormatRegistry.find(format).orElseThrow(), out, WriteOptions.defaults(project), split,
                images, suggestions, mapping);
    }

    @Test
    void ratioSplitsAreExactDisjointCompleteAndRepeatable() throws Exception {
        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put("train", 0.7);
        ratios.put("val", 0.2);
        ratios.put("test", 0.1);
        Path out = dir.resolve("out/coco.json");
        ExportReport report = DatasetExporter.export(new ProjectExportSource(store),
                plan("coco", out, new SplitRule.Ratios(ratios, 7), ImageMode.REFERENCE, false, null), null);
        assertThat(report.splits()).extracting(ExportReport.SplitOutput::name).containsExactly("train", "val", "test");
        assertThat(report.splits()).extracting(ExportReport.SplitOutput::images).containsExactly(14, 4, 2);
        Set<String> seen = new HashSet<>();
        for (String split : List.of("train", "val", "test")) {
            JsonNode coco = JSON.readTree(dir.resolve("out/coco_" + split + ".json").toFile());
            for (JsonNode image : coco.get("images")) {
                assertThat(seen.add(image.get("file_name").asText())).as("image in two splits").isTrue();
            }
        }
        assertThat(seen).hasSize(20);
        Map<String, List<ImageRecord>> again = SplitAssigner.assign(store.images(), new SplitRule.Ratios(ratios, 7));
        Map<String, List<ImageRecord>> other = SplitAssigner.assign(store.images(), new SplitRule.Ratios(ratios, 8));
        assertThat(again.get("val")).extracting(ImageRecord::path)
                .containsExactlyInAnyOrderElementsOf(fileNames(dir.resolve("out/coco_val.json")));
        assertThat(other.get("val")).isNotEqualTo(again.get("val"));
    }

    private static List<String> fileNames(Path coco) throws Exception {
        List<String> names = new ArrayList<>();
        JSON.readTree(coco.toFile()).get("images").forEach(i -> names.add(i.get("file_name").asText()));
        return names;
    }

    @Test
    void splitSizesAreWithinOneOfTheExactShareAndSumUp() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 500; round++) {
            int n = random.nextInt(1000);
            List<Double> ratios = new ArrayList<>();
            int k = 1 + random.nextInt(4);
            for (int i = 0; i < k; i++) {
                ratios.add(random.nextDouble() + (i == 0 ? 0.01 : 0));
            }
            int[] counts = SplitAssigner.counts(n, ratios);
            double sum = ratios.stream().mapToDouble(Double::doubleValue).sum();
            assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(n);
            for (int i = 0; i < k; i++) {
                assertThat(Math.abs(counts[i] - n * ratios.get(i) / sum)).isLessThan(1.0);
            }
        }
    }

    @Test
    void folderSplitUsesTheTopFolderAndRefusesLooseImages() throws Exception {
        Path out = dir.resolve("lm");
        DatasetExporter.export(new ProjectExportSource(store),
                plan("labelme", out, new SplitRule.ByFolder(), ImageMode.REFERENCE, false, null), null);
        try (var files = Files.walk(out.resolve("val"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(5);
        }
        assertThat(Files.isDirectory(out.resolve("train"))).isTrue();
        store.apply(new AddImages(List.of(new ImageRecord(0, "loose.png", 4, 4, ""))));
        assertThatThrownBy(() -> SplitAssigner.assign(store.images(), new SplitRule.ByFolder()))
                .hasMessageContaining("loose.png");
    }

    @Test
    void unacceptedSuggestionsStayOutUnlessAskedAndExpressionsNeverBecomeNoTarget() throws Exception {
        ImageRecord image = images.get(0);
        List<Annotation> added = store.apply(new AddAnnotations(List.of(box(image, person, Review.ACCEPTED),
                box(image, person, Review.SUGGESTED), box(image, dog, Review.REJECTED))));
        store.apply(new AddExpression(new ReferringExpression(0, image.id(), "the suggested one",
                List.of(added.get(1).id()), "attribute")));
        store.apply(new AddExpression(new ReferringExpression(0, image.id(), "nobody", List.of(), "rejection")));
        Path out = dir.resolve("a.json");
        ExportReport report = DatasetExporter.export(new ProjectExportSource(store),
                plan("coco", out, null, null, false, null), null);
        assertThat(JSON.readTree(out.toFile()).get("annotations")).hasSize(1);
        assertThat(report.droppedExpressions()).isEqualTo(1);
        var filtered = new FilteredExportSource(new ProjectExportSource(store), List.of(image), false,
                CategoryMapping.none().apply(store.categories()), new FilteredExportSource.Counter(1,
                ExportProgress.none()), "");
        assertThat(filtered.content(image).expressions()).extracting(ReferringExpression::text)
                .containsExactly("nobody");
        ExportReport with = DatasetExporter.export(new ProjectExportSource(store),
                plan("coco", out, null, null, true, null), null);
        assertThat(JSON.readTree(out.toFile()).get("annotations")).hasSize(2);
        assertThat(with.droppedExpressions()).isZero();
    }

    @Test
    void labelsAreRenamedMergedAndDropped() throws Exception {
        Category cat = store.apply(new AddCategory(Category.named("cat")));
        ImageRecord image = images.get(1);
        store.apply(new AddAnnotations(List.of(box(image, person, Review.ACCEPTED), box(image, dog, Review.ACCEPTED),
                box(image, cat, Review.ACCEPTED))));
        Path out = dir.resolve("m.json");
        DatasetExporter.export(new ProjectExportSource(store), plan("coco", out, null, null, false,
                new CategoryMapping(Map.of("dog", "pet", "cat", "pet", "person", ""))), null);
        JsonNode coco = JSON.readTree(out.toFile());
        assertThat(coco.get("categories").findValuesAsText("name")).containsExactly("pet");
        assertThat(coco.get("annotations")).hasSize(2);
        coco.get("annotations").forEach(a -> assertThat(a.get("category_id").asInt()).isEqualTo(1));
        assertThatThrownBy(() -> DatasetExporter.export(new ProjectExportSource(store), plan("coco", out, null, null,
                false, new CategoryMapping(Map.of("horse", "pony"))), null))
                .hasMessageContaining("no label 'horse'");
    }

    @Test
    void copiedAndLinkedImagesAreNamedRelativeToTheExport() throws Exception {
        Path out = dir.resolve("copy/data.json");
        long[] last = new long[2];
        DatasetExporter.export(new ProjectExportSource(store), plan("coco", out, null, ImageMode.COPY, false, null),
                (split, done, total) -> {
                    last[0] = done;
                    last[1] = total;
                });
        assertThat(last).containsExactly(20, 20);
        for (JsonNode image : JSON.readTree(out.toFile()).get("images")) {
            Path file = dir.resolve("copy/images").resolve(image.get("file_name").asText());
            assertThat(file).isRegularFile();
            assertThat(Files.isSymbolicLink(file)).isFalse();
            assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(project.resolve(
                    image.get("file_name").asText())));
        }
        Path linked = dir.resolve("link");
        DatasetExporter.export(new ProjectExportSource(store),
                plan("labelme", linked, new SplitRule.ByFolder(), ImageMode.LINK, false, null), null);
        Path json = linked.resolve("val/val/img15.json");
        JsonNode labelme = JSON.readTree(json.toFile());
        Path image = json.getParent().resolve(labelme.get("imagePath").asText()).normalize();
        assertThat(image).isEqualTo(linked.resolve("val/images/val/img15.png"));
        assertThat(Files.isSymbolicLink(image)).isTrue();
        assertThat(Files.readAllBytes(image)).isEqualTo(Files.readAllBytes(project.resolve("val/img15.png")));
    }

    @Test
    void aMissingImageStopsACopyBeforeAnythingIsWritten() throws Exception {
        Files.delete(project.resolve("train/img3.png"));
        Path out = dir.resolve("missing/data.json");
        assertThatThrownBy(() -> DatasetExporter.export(new ProjectExportSource(store),
                plan("coco", out, null, ImageMode.COPY, false, null), null))
                .hasMessageContaining("train/img3.png");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("missing/images")).doesNotExist();
    }

    @Test
    void yoloKeepsEverySplitInOneFolderWithOneDataYaml() throws Exception {
        store.apply(new AddAnnotations(List.of(box(images.get(0), person, Review.ACCEPTED),
                box(images.get(19), dog, Review.ACCEPTED))));
        Path out = dir.resolve("yolo");
        DatasetExporter.export(new ProjectExportSource(store),
                plan("yolo", out, new SplitRule.ByFolder(), ImageMode.LINK, false, null), null);
        String yaml = Files.readString(out.resolve("data.yaml"));
        assertThat(yaml).contains("images/train").contains("images/val");
        try (var files = Files.list(out.resolve("images/val"))) {
            assertThat(files.count()).isEqualTo(5);
        }
        try (var files = Files.list(out.resolve("labels/train"))) {
            assertThat(files.count()).isEqualTo(15);
        }
        assertThat(Files.readString(out.resolve("labels/train/img0.txt")).trim()).startsWith("0 ");
        assertThat(Files.readString(out.resolve("labels/val/img19.txt")).trim()).startsWith("1 ");
        assertThat(out.resolve("train")).doesNotExist();
    }

    @Test
    void whatTheFormatCannotHoldIsCountedAndNamed() throws Exception {
        ImageRecord image = images.get(2);
        store.apply(new AddAnnotations(List.of(box(image, person, Review.ACCEPTED),
                Annotation.of(image.id(), dog.id(), new dev.promptcanvas.annotations.geometry.Point(3, 4)))));
        ExportReport report = DatasetExporter.export(new ProjectExportSource(store),
                plan("coco", dir.resolve("s.json"), null, null, false, null), null);
        assertThat(report.skippedCount()).isEqualTo(1);
        assertThat(report.skippedSamples().get(0).reason()).contains("point");
        assertThat(JSON.readTree(dir.resolve("s.json").toFile()).get("annotations")).hasSize(1);
    }
}
