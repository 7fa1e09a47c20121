package dev.promptcanvas.annotations.formats.yolo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.FormatRegistry;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seven formats of this batch: registered, self-described, and streaming (one content() call per image). */
class NewFormatsRegistrationTest {

    private static final List<String> NAMES = List.of("yolo", "voc", "osprey", "chatrex", "vipllava", "mdvp",
            "refcoco");

    @TempDir
    Path dir;

    @Test
    void everyFormatIsRegisteredWithItsCapabilities() {
        for (String name : NAMES) {
            DatasetFormat f = FormatRegistry.find(name).orElseThrow(() -> new AssertionError(name));
            assertThat(f.name()).isEqualTo(name);
            assertThat(f.canWrite()).as(name).isTrue();
            assertThat(f.canRead()).as(name).isEqualTo(name.equals("yolo") || name.equals("voc"));
            assertThat(f.writesFolder()).as(name).isEqualTo(List.of("yolo", "voc", "refcoco").contains(name));
            assertThat(f.description()).isNotBlank();
            f.writeOptionHelp().forEach((k, v) -> assertThat(v).as(name + " " + k).isNotBlank());
        }
        assertThat(FormatRegistry.find("yolo").orElseThrow().writeOptionHelp()).containsKeys("task", "images");
        assertThat(FormatRegistry.find("chatrex").orElseThrow().writeOptionHelp()).containsKeys("candidates", "format");
        assertThat(FormatRegistry.find("mdvp").orElseThrow().writeOptionHelp()).containsKeys("prompt");
        assertThat(FormatRegistry.find("refcoco").orElseThrow().writeOptionHelp()).containsKeys("multi-target");
        assertThat(FormatRegistry.find("osprey").orElseThrow().writeOptionHelp())
                .containsKeys("question", "expand", "description", "image-captions");
    }

    @Test
    void writersReadEachImageOnce() throws Exception {
        List<ImageRecord> images = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        List<ReferringExpression> expressions = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            images.add(new ImageRecord(i, "i" + i + ".png", 20, 20, ""));
            annotations.add(new Annotation(i, i, 1, new Box(1, 1, 9, 9), null, Source.human(), Review.ACCEPTED,
                    false, Map.of("caption", "thing " + i), null, null));
            expressions.add(new ReferringExpression(i, i, "the thing", List.of((long) i), null));
            captions.add(new Caption(i, i, "an image", Source.human()));
        }
        YoloWriterTest.writePngs(dir.resolve("project"), images);
        Dataset d = new Dataset(images, List.of(Category.named("person").withId(1)), annotations, captions,
                List.of(), expressions, List.of());
        for (String name : NAMES) {
            Map<Long, Integer> calls = new HashMap<>();
            ExportSource inner = ExportSource.of(d);
            ExportSource counting = new ExportSource() {
                @Override
                public List<Category> categories() {
                    return inner.categories();
                }

                @Override
                public List<ImageRecord> images() {
                    return inner.images();
                }

                @Override
                public ImageContent content(ImageRecord image) {
                    calls.merge(image.id(), 1, Integer::sum);
                    return inner.content(image);
                }
            };
            DatasetFormat f = FormatRegistry.find(name).orElseThrow();
            Path out = dir.resolve(f.writesFolder() ? name : name + ".json");
            f.write(counting, out, WriteOptions.defaults(dir.resolve("project")));
            assertThat(calls).as(name).containsOnlyKeys(1L, 2L, 3L, 4L);
            assertThat(calls.values()).as(name).containsOnly(1);
            assertThat(Files.exists(out)).as(name).isTrue();
        }
    }
}
