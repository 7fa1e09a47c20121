package dev.promptcanvas.annotations.formats.yolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.labelme.PngMaskEncoder;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YoloWriterTest {

    @TempDir
    Path project;

    @TempDir
    Path out;

    static void writePngs(Path project, List<ImageRecord> images) throws Exception {
        for (ImageRecord image : images) {
            Path png = project.resolve(image.path());
            Files.createDirectories(png.getParent());
            Files.write(png, PngMaskEncoder.encode(new byte[image.width() * image.height()], image.width(),
                    image.height()));
        }
    }

    private static double[] numbers(String line) {
        String[] t = line.trim().split(" ");
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            v[i] = Double.parseDouble(t[i]);
        }
        return v;
    }

    @Test
    void detectLinesAreNormalisedCentreAndSize() throws Exception {
        List<ImageRecord> images = List.of(new ImageRecord(1, "pics/a.png", 200, 100, ""));
        writePngs(project, images);
        List<Category> categories = List.of(new Category(7, "cat", null, null, null),
                new Category(9, "dog", null, null, null));
        List<Annotation> annotations = List.of(
                Annotation.of(1, 9, new Box(20, 10, 60, 50)).withId(1),
                Annotation.of(1, 7, Polygon.of(100, 0, 200, 50, 150, 100)).withId(2),
                Annotation.of(1, 7, new Point(3, 4)).withId(3));
        List<Skipped> skipped = new YoloFormat().export(ExportSource.of(Dataset.of(images, categories, annotations)),
                out, WriteOptions.defaults(project));

        List<String> lines = Files.readAllLines(out.resolve("labels/train/a.txt"));
        assertThat(lines).hasSize(2);
        double[] box = numbers(lines.get(0));
        assertThat(box[0]).isEqualTo(1);
        assertThat(box[1]).isCloseTo(40.0 / 200, within(1e-6));
        assertThat(box[2]).isCloseTo(30.0 / 100, within(1e-6));
        assertThat(box[3]).isCloseTo(40.0 / 200, within(1e-6));
        assertThat(box[4]).isCloseTo(40.0 / 100, within(1e-6));
        assertThat(numbers(lines.get(1))).containsExactly(0, 0.75, 0.5, 0.5, 1);
        assertThat(skipped).extracting(Skipped::field).containsExactly("annotation 3");
        assertThat(Files.readAllBytes(out.resolve("images/train/a.png")))
                .isEqualTo(Files.readAllBytes(project.resolve("pics/a.png")));

        String yaml = Files.readString(out.resolve("data.yaml"));
        assertThat(yaml).contains("train: \"images/train\"").contains("val: \"images/train\"")
                .contains("  0: \"cat\"\n  1: \"dog\"\n").contains("nc: 2");
    }

    @Test
    void segmentLinesMatchTheSourceVerticesOnePerPartWithoutHoles() throws Exception {
        RandomDatasets random = new RandomDatasets(11);
        int w = 64;
        int h = 48;
        List<ImageRecord> images = List.of(new ImageRecord(1, "s.png", w, h, ""));
        writePngs(project, images);
        List<Annotation> annotations = new ArrayList<>();
        List<double[]> expectedRings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double[] ring = random.ring(w, h);
            annotations.add(Annotation.of(1, 1, Polygon.of(ring)).withId(i + 1));
            expectedRings.add(ring);
        }
        Ring shell = Ring.of(2, 2, 30, 2, 30, 30, 2, 30);
        Ring hole = Ring.of(10, 10, 10, 20, 20, 20, 20, 10);
        Ring second = Ring.of(40, 5, 60, 5, 50, 40);
        annotations.add(Annotation.of(1, 1, new Polygon(List.of(new PolygonPart(shell, List.of(hole)),
                PolygonPart.of(second)))).withId(99));
        expectedRings.add(shell.coordinates());
        expectedRings.add(second.coordinates());
        Dataset d = Dataset.of(images, List.of(Category.named("blob").withId(1)), annotations);
        new YoloFormat().export(ExportSource.of(d), out,
                WriteOptions.defaults(project).withFormatOptions(Map.of("task", "segment")));

        List<String> lines = Files.readAllLines(out.resolve("labels/train/s.txt"));
        assertThat(lines).hasSize(expectedRings.size());
        for (int i = 0; i < lines.size(); i++) {
            double[] v = numbers(lines.get(i));
            double[] ring = expectedRings.get(i);
            assertThat(v[0]).isZero();
            assertThat(v.length - 1).isEqualTo(ring.length);
            for (int k = 0; k < ring.length; k++) {
                double expected = Math.max(0, Math.min(1, ring[k] / (k % 2 == 0 ? w : h)));
                assertThat(v[k + 1]).as("line %d coordinate %d", i, k).isCloseTo(expected, within(5e-7));
            }
        }
    }

    @Test
    void tracedMaskOutlineCoversTheMaskPixels() throws Exception {
        int w = 20;
        int h = 10;
        byte[] m = new byte[w * h];
        for (int y = 2; y < 6; y++) {
            for (int x = 3; x < 9; x++) {
                m[y * w + x] = 1;
            }
        }
        List<ImageRecord> images = List.of(new ImageRecord(1, "m.png", w, h, ""));
        writePngs(project, images);
        Dataset d = Dataset.of(images, List.of(Category.named("m").withId(1)),
                List.of(Annotation.of(1, 1, new Mask(Rle.encodeRowMajor(m, h, w))).withId(1)));
        new YoloFormat().export(ExportSource.of(d), out, new WriteOptions(project, null, 0)
                .withFormatOptions(Map.of("task", "segment")));
        double[] v = numbers(Files.readAllLines(out.resolve("labels/train/m.txt")).get(0));
        double minX = 1;
        double maxX = 0;
        double minY = 1;
        double maxY = 0;
        for (int k = 1; k < v.length; k += 2) {
            minX = Math.min(minX, v[k]);
            maxX = Math.max(maxX, v[k]);
            minY = Math.min(minY, v[k + 1]);
            maxY = Math.max(maxY, v[k + 1]);
        }
        assertThat(new double[] {minX * w, minY * h, maxX * w, maxY * h}).containsExactly(new double[] {3, 2, 9, 6},
                within(1e-5));
    }

    @Test
    void splitsGoToTheirOwnFoldersAndDataYamlNamesThemAll() throws Exception {
        List<ImageRecord> images = List.of(new ImageRecord(1, "a/x.png", 10, 10, ""),
                new ImageRecord(2, "b/x.png", 10, 10, ""), new ImageRecord(3, "c.png", 10, 10, ""));
        writePngs(project, images);
        Dataset d = Dataset.of(images, List.of(Category.named("k").withId(1)),
                List.of(Annotation.of(2, 1, new Box(0, 0, 5, 5)).withId(1)));
        WriteOptions base = WriteOptions.defaults(project).withFormatOptions(Map.of("images", "link"));
        new YoloFormat().export(ExportSource.of(Dataset.of(images.subList(0, 2), d.categories(), d.annotations())),
                out, base.withSplit("train", List.of("train", "valid")));
        new YoloFormat().export(ExportSource.of(Dataset.of(images.subList(2, 3), d.categories(), List.of())),
                out, base.withSplit("valid", List.of("train", "valid")));
        assertThat(out.resolve("images/train/a__x.png")).exists();
        assertThat(out.resolve("labels/train/b__x.txt")).content().isEqualTo("0 0.25 0.25 0.5 0.5\n");
        assertThat(out.resolve("labels/train/a__x.txt")).isEmptyFile();
        assertThat(out.resolve("images/valid/c.png")).exists();
        assertThat(Files.isSameFile(out.resolve("images/valid/c.png"), project.resolve("c.png"))).isTrue();
        YoloDataYaml yaml = YoloDataYaml.read(out.resolve("data.yaml"));
        assertThat(yaml.splits()).containsEntry("train", List.of("images/train"))
                .containsEntry("val", List.of("images/valid"));
        assertThat(yaml.path()).isEqualTo(out.toAbsolutePath().normalize().toString());
    }

    @Test
    void anImageAlreadyInPlaceIsLeftAlone() throws Exception {
        List<ImageRecord> images = List.of(new ImageRecord(1, "images/train/p.png", 8, 8, ""));
        writePngs(out, images);
        Dataset d = Dataset.of(images, List.of(Category.named("k").withId(1)), List.<Annotation>of());
        new YoloFormat().export(ExportSource.of(d), out, WriteOptions.defaults(out));
        assertThat(out.resolve("images/train/p.png")).exists();
        assertThat(out.resolve("labels/train/p.txt")).isEmptyFile();
    }

    @Test
    void numbersHaveSixDecimalsWithoutTrailingZeros() {
        assertThat(YoloLineEncoder.number(0.5)).isEqualTo("0.5");
        assertThat(YoloLineEncoder.number(1)).isEqualTo("1");
        assertThat(YoloLineEncoder.number(0)).isEqualTo("0");
        assertThat(YoloLineEncoder.number(1.0 / 3)).isEqualTo("0.333333");
        assertThat(YoloLineEncoder.number(0.0000004)).isEqualTo("0");
        assertThat(YoloLineEncoder.number(0.0000006)).isEqualTo("0.000001");
    }
}
