package dev.promptcanvas.annotations.formats.kosmos2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.GroundedDatasets;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.TestImages;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Kosmos2FormatTest {

    @TempDir
    Path dir;

    private Dataset read(String content) throws Exception {
        Path f = dir.resolve("k.txt");
        Files.writeString(f, content);
        return new Kosmos2Format().read(f, ReadOptions.defaults()).dataset();
    }

    private FormatException failure(String content) throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, content);
        return catchThrowableOfType(FormatException.class, () -> new Kosmos2Format().read(f, ReadOptions.defaults()));
    }

    @Test
    void readsTheKosmos2ExampleWithPixelBoxes() throws Exception {
        TestImages.png(dir.resolve("img/snowman.png"), 640, 320);
        Dataset d = read("img/snowman.png\t<grounding>An image of<phrase> a snowman</phrase><object>"
                + "<patch_index_0044><patch_index_0863></object> warming himself by<phrase> a fire</phrase><object>"
                + "<patch_index_0005><patch_index_0911></delimiter_of_multi_objects/><patch_index_0044>"
                + "<patch_index_0863></object>.\n");
        assertThat(d.images()).singleElement().isEqualTo(new ImageRecord(1, "img/snowman.png", 640, 320, ""));
        String text = "An image of a snowman warming himself by a fire.";
        assertThat(d.captions()).singleElement().extracting(Caption::text).isEqualTo(text);
        assertThat(d.phrases()).extracting(p -> text.substring(p.start(), p.end())).containsExactly("a snowman",
                "a fire");
        assertThat(d.annotations()).hasSize(2);
        assertThat(d.annotations().get(0).geometry()).isEqualTo(new Box(0.390625 * 640, 0.046875 * 320,
                0.984375 * 640, 0.828125 * 320));
        assertThat(d.phrases().get(1).annotationIds()).containsExactly(2L, 1L);
        assertThat(d.categories()).extracting(Category::name).containsExactly("object");
    }

    @Test
    void writesMarkupThatAPlainRegexReadsBack() throws Exception {
        ImageRecord image = new ImageRecord(3, "a b/photo.jpg", 640, 320, "");
        String text = "a dog and\ta ball";
        Dataset d = new Dataset(List.of(image), List.of(Category.named("x").withId(1)), List.of(
                Annotation.of(3, 1, new Box(0.390625 * 640, 0.046875 * 320, 0.984375 * 640, 0.828125 * 320))
                        .withId(1),
                Annotation.of(3, 1, new Box(0, 0, 640, 320)).withId(2),
                Annotation.of(3, 1, new Point(5, 5)).withId(3)),
                List.of(new Caption(1, 3, text, Source.human())),
                List.of(new GroundedPhrase(1, 1, 0, 5, List.of(1L, 2L)), new GroundedPhrase(2, 1, 2, 9, List.of(2L)),
                        new GroundedPhrase(3, 1, 10, 16, List.of(3L))), List.of(), List.of());
        Path out = dir.resolve("out.txt");
        List<Skipped> skipped = new Kosmos2Format().export(ExportSource.of(d), out, WriteOptions.defaults(null));
        assertThat(skipped).extracting(Skipped::field).containsExactly("phrase 2", "phrase 3");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).containsExactly("a b/photo.jpg\t<grounding><phrase>a dog</phrase><object>"
                + "<patch_index_0044><patch_index_0863></delimiter_of_multi_objects/><patch_index_0000>"
                + "<patch_index_1023></object> and a ball");
        Matcher m = Pattern.compile("<patch_index_(\\d{4})>").matcher(lines.get(0));
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("0044");
        assertThat(lines.get(0).split("\t")[1].replaceAll("<[^>]+>", "")).isEqualTo("a dog and a ball");
    }

    @Test
    void randomCaptionsRoundTripWithinOneGridCell() throws Exception {
        for (long seed = 1; seed <= 25; seed++) {
            Dataset original = GroundedDatasets.random(seed, false);
            Path root = dir.resolve("set" + seed);
            for (ImageRecord image : original.images()) {
                TestImages.png(root.resolve(image.path()), image.width(), image.height());
            }
            Path file = root.resolve("captions.txt");
            new Kosmos2Format().write(ExportSource.of(original), file, WriteOptions.defaults(null)
                    .withFormatOptions(Map.of("grounding", seed % 2 == 0 ? "true" : "false")));
            ReadResult read = new Kosmos2Format().read(file, ReadOptions.defaults());
            assertThat(read.skipped()).isEmpty();
            Dataset back = read.dataset();
            assertThat(back.captions()).extracting(Caption::text)
                    .isEqualTo(original.captions().stream().map(Caption::text).toList());
            assertThat(back.phrases()).hasSameSizeAs(original.phrases());
            for (int i = 0; i < original.phrases().size(); i++) {
                GroundedPhrase o = original.phrases().get(i);
                GroundedPhrase b = back.phrases().get(i);
                assertThat(List.of(b.start(), b.end())).isEqualTo(List.of(o.start(), o.end()));
                assertThat(b.annotationIds()).hasSize(o.annotationIds().size());
                ImageRecord image = original.images().stream()
                        .filter(im -> im.id() == original.captions().get((int) o.captionId() - 1).imageId())
                        .findFirst().orElseThrow();
                for (int k = 0; k < o.annotationIds().size(); k++) {
                    Box want = GroundedDatasets.boundsOf(original, o.annotationIds().get(k));
                    Box got = GroundedDatasets.boundsOf(back, b.annotationIds().get(k));
                    double cw = image.width() / 32.0 + 1e-9;
                    double ch = image.height() / 32.0 + 1e-9;
                    assertThat(got.x1()).isCloseTo(want.x1(), within(cw));
                    assertThat(got.y1()).isCloseTo(want.y1(), within(ch));
                    assertThat(got.x2()).isCloseTo(want.x2(), within(cw));
                    assertThat(got.y2()).isCloseTo(want.y2(), within(ch));
                }
            }
            Path again = root.resolve("again.txt");
            new Kosmos2Format().write(ExportSource.of(back), again, WriteOptions.defaults(null)
                    .withFormatOptions(Map.of("grounding", seed % 2 == 0 ? "true" : "false")));
            assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
        }
    }

    @Test
    void badLinesNameFileLineAndField() throws Exception {
        TestImages.png(dir.resolve("a.png"), 10, 10);
        String ok = "a.png\t<phrase>x</phrase><object><patch_index_0000><patch_index_0001></object>\n";
        assertThat(failure(ok + "a.png no tab\n").getMessage()).contains("bad.txt", "line 2: image", "no tab");
        assertThat(failure(ok + "missing.png\tplain\n").getMessage()).contains("line 2: image", "missing.png");
        assertThat(failure("a.png\t<phrase>x</phrase><object><patch_index_0000></object>").getMessage())
                .contains("line 1: text", "two patch indexes");
        assertThat(failure("a.png\t<phrase>x<object><patch_index_0000><patch_index_0001></object>")
                .getMessage()).contains("line 1: text");
        assertThat(failure("a.png\tthe <object><patch_index_0000><patch_index_0001></object>").getMessage())
                .contains("does not follow a </phrase>");
        assertThat(failure("a.png\t<phrase>x</phrase><object><patch_index_0863><patch_index_0044></object>")
                .getMessage()).contains("upper-left");
        assertThat(failure("a.png\t<phrase>x</phrase><object><patch_index_0000><patch_index_0001>")
                .getMessage()).contains("never closed");
        assertThat(failure("a.png\t<patch_index_0000>").getMessage()).contains("outside an <object>");
        ReadResult skipping = new Kosmos2Format().read(write(ok + "oops\n" + ok.replace("x<", "y<")),
                new ReadOptions(null, true));
        assertThat(skipping.skipped()).singleElement().satisfies(s -> assertThat(s.field()).isEqualTo("line 2: image"));
        assertThat(skipping.dataset().captions()).extracting(Caption::text).containsExactly("x", "y");
        assertThat(skipping.dataset().annotations()).hasSize(1);
    }

    private Path write(String content) throws Exception {
        Path f = dir.resolve("skip.txt");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void aPhraseWithoutObjectIsPlainText() throws Exception {
        TestImages.png(dir.resolve("a.png"), 10, 10);
        Dataset d = read("a.png\t<grounding> <phrase>just</phrase> words\n");
        assertThat(d.captions()).extracting(Caption::text).containsExactly("just words");
        assertThat(d.phrases()).isEmpty();
    }
}
